// The schema: this file only imports the modules (one per domain type, each with its queries and mutations).
import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './enums.ts';
import './channel.ts';
import './region.ts';
import './user.ts';
import './calendar.ts';
import './application.ts';
import './document.ts';
import './assignment.ts';
import './bailiff.ts';
import './proceeding.ts';
import './inspection.ts';
import './audit.ts';
import './access-log.ts';
// licence area (issue 9): signed documents, state systems, hearings (A11)
import './signed-document.ts';
import './attestation.ts'; // attestation (issue 9)
import './attestation-operations.ts';
// dashboards (issue 11)
import './dashboard.ts';
import './open-data.ts';
import './dashboard-volumes.ts'; // dashperf: volumes summed to the dimensions asked
// legal assistance (issue 12, area: legal)
import './legal-assistance.ts';
import './legal-assistance-operations.ts';
// inspections (issue 10): state quality-control inspections
import './quality-inspection.ts';
import './quality-inspection-operations.ts';
import './quality-monitoring.ts'; // Q1 (4), (5): art. 465 fines, monitoring recommendations
import './complaint.ts'; // complaints (issue 10)
import './status-check.ts'; // the public status check (issue 10)
import './licence-service.ts';
import './admission.ts'; // admit (issue 9): the licences a chamber may admit
import { applyAccess } from './record-auth.ts';
import { syncNodeIds } from './read-path.ts'; // perf: the read path's per-field costs (issue 11)

builder.queryType({ description: 'Everything one can read. Lists are Relay connections (`first` ≤ 100, `after`).' });
builder.mutationType({ description: 'Every change. Each mutation takes one `input` and returns a payload with `userErrors`; nothing changes when there are any.' });

export const schema = applyAccess(syncNodeIds(builder.toSchema({ sortSchema: true })));
