// learner: slow
// idiom: Mathematica / Wolfram Language user: MemberQ[staged, id] written as records.iter().any(|r| r.id == id) before every append
// why: misses stage O(b) and extract O(n): each record is compared with everything staged so far, O(N) per record, so a replay of n rows is O(n^2)


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


/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// The staged records, in the order they were first staged.
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
    /// Stores every record whose id is not staged yet.
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut added = 0;
        for rec in batch {
            let member_q = self.records.iter().any(|r| r.id == rec.id);
            if !member_q {
                self.records.push(rec.clone());
                added += 1;
            }
        }
        Ok(added)
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

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch.
pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    // What one non-empty batch contributes to the report.
    struct Done {
        last: u64,
        fetched: usize,
        staged: usize,
        rejected: Vec<(u64, String)>,
    }

    // Module[{...}, one batch]: None when the source is caught up.
    fn one_batch(
        source: &mut dyn Source,
        validator: &dyn Validator,
        staging: &mut dyn Staging,
        checkpoint: &mut dyn CheckpointStore,
        cursor: Option<u64>,
        limit: usize,
    ) -> Result<Option<Done>, ExtractError> {
        let batch = source.fetch_after(cursor, limit).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(None);
        }
        let ascending = batch.iter().map(|r| r.id).try_fold(cursor, |prev, id| match prev {
            Some(p) if id <= p => Err(ExtractError::OutOfOrder { previous: prev, id }),
            _ => Ok(Some(id)),
        });
        let last = ascending?.expect("non-empty batch");
        let verdicts: Vec<Result<(), String>> = batch.iter().map(|r| validator.validate(r)).collect();
        let valid: Vec<Record> = batch
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_ok())
            .map(|(r, _)| r.clone())
            .collect();
        let rejected: Vec<(u64, String)> = batch
            .iter()
            .zip(verdicts)
            .filter_map(|(r, v)| v.err().map(|why| (r.id, why)))
            .collect();
        let staged = staging.stage(&valid).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        Ok(Some(Done { last, fetched: batch.len(), staged, rejected }))
    }

    if batch_size == 0 {
        return Err(ExtractError::ZeroBatchSize);
    }
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();
    while let Some(done) = one_batch(source, validator, staging, checkpoint, cursor, batch_size)? {
        report.batches += 1;
        report.fetched += done.fetched;
        report.staged += done.staged;
        report.rejected.extend(done.rejected);
        cursor = Some(done.last);
    }
    Ok(report)
}
