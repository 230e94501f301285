// learner: optimal
// idiom: PowerShell-admin style: verbose names, explicit match on every Result, foreach helper with a closure, HashSet contains-then-insert
//! Incremental extraction with a crash-safe checkpoint: see README.md.

/// One row pulled from the legacy system. `id` is the system's monotonically increasing key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: u64,
    pub payload: String,
}

/// Why a run of [`extract`] stopped early. Progress made before the error is kept
/// (staged rows stay staged, a saved checkpoint stays saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    /// `batch_size` was 0: no progress would ever be possible.
    ZeroBatchSize,
    /// The source failed while fetching.
    Source(String),
    /// The staging sink failed while writing a batch.
    Staging(String),
    /// The checkpoint store failed while saving.
    Checkpoint(String),
    /// The source returned an id that is not strictly greater than the previous one
    /// (the cursor for the first record of a batch). Nothing from that batch was staged.
    OutOfOrder { previous: Option<u64>, id: u64 },
}

/// The legacy system: returns up to `limit` records with `id > cursor` (all ids when the
/// cursor is `None`), in ascending id order. An empty batch means "caught up".
pub trait Source {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String>;
}

/// Business-rule check for one record. `Err(reason)` quarantines the record.
pub trait Validator {
    fn validate(&self, record: &Record) -> Result<(), String>;
}

/// The staging area. Must be idempotent: staging a record whose id is already staged is a no-op.
/// Returns how many records were newly stored.
pub trait Staging {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String>;
}

/// Durable storage for the cursor: the id of the last record that is safely handled.
pub trait CheckpointStore {
    fn load(&self) -> Option<u64>;
    fn save(&mut self, cursor: u64) -> Result<(), String>;
}

/// What one call of [`extract`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Non-empty batches fully handled (staged and checkpointed).
    pub batches: usize,
    /// Records fetched in those batches.
    pub fetched: usize,
    /// Records newly stored by the staging sink (re-delivered duplicates are not counted).
    pub staged: usize,
    /// Records the validator refused, as `(id, reason)`, in fetch order.
    pub rejected: Vec<(u64, String)>,
}

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    alreadyStagedIds: std::collections::HashSet<u64>,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut newlyStagedCount: usize = 0;
        foreach_record(batch, |oneRecord| {
            if self.alreadyStagedIds.contains(&oneRecord.id) {
                return; // skip: first version wins
            }
            self.alreadyStagedIds.insert(oneRecord.id);
            self.records.push(oneRecord.clone());
            newlyStagedCount += 1;
        });
        Ok(newlyStagedCount)
    }
}

fn foreach_record(batch: &[Record], mut action: impl FnMut(&Record)) {
    for oneRecord in batch {
        action(oneRecord);
    }
}

/// A checkpoint kept in memory (provided; tests wrap it to inject failures).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MemoryCheckpoint {
    pub cursor: Option<u64>,
}

impl CheckpointStore for MemoryCheckpoint {
    fn load(&self) -> Option<u64> {
        self.cursor
    }

    fn save(&mut self, cursor: u64) -> Result<(), String> {
        self.cursor = Some(cursor);
        Ok(())
    }
}

pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    if batch_size == 0 {
        return Err(ExtractError::ZeroBatchSize);
    }
    let mut runReport = RunReport::default();
    let mut currentCursor: Option<u64> = checkpoint.load();
    loop {
        let fetchedBatch = match source.fetch_after(currentCursor, batch_size) {
            Ok(batch) => batch,
            Err(errorMessage) => return Err(ExtractError::Source(errorMessage)),
        };
        if fetchedBatch.is_empty() {
            break;
        }

        // Check-Order: every id must be bigger than the one before
        let mut previousId: Option<u64> = currentCursor;
        for oneRecord in &fetchedBatch {
            if let Some(previousValue) = previousId {
                if oneRecord.id <= previousValue {
                    return Err(ExtractError::OutOfOrder { previous: previousId, id: oneRecord.id });
                }
            }
            previousId = Some(oneRecord.id);
        }

        // Where-Object { Test-Valid $_ }
        let mut recordsToStage: Vec<Record> = Vec::new();
        for oneRecord in &fetchedBatch {
            match validator.validate(oneRecord) {
                Ok(()) => recordsToStage.push(oneRecord.clone()),
                Err(rejectReason) => runReport.rejected.push((oneRecord.id, rejectReason)),
            }
        }

        let newlyStaged = match staging.stage(&recordsToStage) {
            Ok(count) => count,
            Err(errorMessage) => return Err(ExtractError::Staging(errorMessage)),
        };

        let lastIdOfBatch = fetchedBatch[fetchedBatch.len() - 1].id;
        if let Err(errorMessage) = checkpoint.save(lastIdOfBatch) {
            return Err(ExtractError::Checkpoint(errorMessage));
        }

        currentCursor = Some(lastIdOfBatch);
        runReport.batches += 1;
        runReport.fetched += fetchedBatch.len();
        runReport.staged += newlyStaged;
    }
    Ok(runReport)
}
