-- licence area (issue 9): the stage of the fee paid (L6); the two stages of the state systems came with 20261202020001_licence_stage_kinds.
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'fee-paid';
