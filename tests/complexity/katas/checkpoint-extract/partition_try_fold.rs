// learner: optimal
// idiom: Haskell-convert: iterator-first: try_fold ordering check, partition into valid/invalid, filter+insert dedup inside extend, slice pattern in while-let
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


use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    known_record_ids: HashSet<u64>,
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
        let records_before = self.records.len();
        let known_record_ids = &mut self.known_record_ids;
        self.records.extend(
            batch
                .iter()
                .filter(|candidate| known_record_ids.insert(candidate.id))
                .cloned(),
        );
        Ok(self.records.len() - records_before)
    }
}

/// Checks that ids ascend strictly, starting after `cursor`; yields the last id.
fn verify_ascending(cursor: Option<u64>, batch: &[Record]) -> Result<Option<u64>, ExtractError> {
    batch.iter().try_fold(cursor, |previous, record| match previous {
        Some(previous_id) if record.id <= previous_id => {
            Err(ExtractError::OutOfOrder { previous, id: record.id })
        }
        _ => Ok(Some(record.id)),
    })
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
    let mut accumulated_report = RunReport::default();
    let mut position_cursor = checkpoint.load();

    while let batch_records @ [_, ..] = &source
        .fetch_after(position_cursor, batch_size)
        .map_err(ExtractError::Source)?[..]
    {
        let batch_end_id = verify_ascending(position_cursor, batch_records)?
            .expect("a non-empty batch has a last id");

        let (valid_records, invalid_records): (Vec<&Record>, Vec<&Record>) =
            batch_records.iter().partition(|record| validator.validate(record).is_ok());
        let rejections: Vec<(u64, String)> = invalid_records
            .into_iter()
            .filter_map(|record| validator.validate(record).err().map(|reason| (record.id, reason)))
            .collect();
        let owned_valid_records: Vec<Record> = valid_records.into_iter().cloned().collect();

        let newly_staged_count = staging
            .stage(&owned_valid_records)
            .map_err(ExtractError::Staging)?;
        checkpoint
            .save(batch_end_id)
            .map_err(ExtractError::Checkpoint)?;

        position_cursor = Some(batch_end_id);
        accumulated_report.batches += 1;
        accumulated_report.fetched += batch_records.len();
        accumulated_report.staged += newly_staged_count;
        accumulated_report.rejected.extend(rejections);
    }
    Ok(accumulated_report)
}
