-- licence area (issue 9): the stages of waiting for and hearing from the state information systems (L2, A3).
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'waiting-for-state-system';
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'state-systems-checked';
