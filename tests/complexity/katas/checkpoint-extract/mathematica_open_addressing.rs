// learner: optimal
// idiom: Mathematica / Wolfram Language user: a hand-rolled open-addressing id set (slots + used flags, linear probing, doubling) and extract with a nested Module-style helper per batch
// why: probing a table kept at most half full is O(1) expected per id (amortised over doubling), so stage is O(b) and extract O(n); one batch plus its verdicts in memory, O(b)


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


/// Ids seen so far, linear probing in a power-of-two table kept at most half full.
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn mix(id: u64) -> u64 {
        let h = (id ^ (id >> 33)).wrapping_mul(0xff51afd7ed558ccd);
        h ^ (h >> 29)
    }

    fn find(&self, id: u64) -> (bool, usize) {
        let mask = self.slots.len() - 1;
        let mut i = (Self::mix(id) as usize) & mask;
        while self.used[i] {
            if self.slots[i] == id {
                return (true, i);
            }
            i = (i + 1) & mask;
        }
        (false, i)
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let old: Vec<u64> = self.slots.iter().zip(&self.used).filter(|(_, &u)| u).map(|(&s, _)| s).collect();
        self.slots = vec![0; size];
        self.used = vec![false; size];
        self.count = 0;
        old.into_iter().for_each(|id| {
            self.insert(id);
        });
    }

    /// True if `id` was not there before.
    fn insert(&mut self, id: u64) -> bool {
        if 2 * (self.count + 1) > self.slots.len() {
            self.grow();
        }
        match self.find(id) {
            (true, _) => false,
            (false, i) => {
                self.slots[i] = id;
                self.used[i] = true;
                self.count += 1;
                true
            }
        }
    }
}

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    seen: IdSet,
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
    /// Stores every record whose id is not staged yet; O(1) expected per record.
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let fresh: Vec<&Record> = batch.iter().filter(|r| self.seen.insert(r.id)).collect();
        let n = fresh.len();
        self.records.extend(fresh.into_iter().cloned());
        Ok(n)
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
