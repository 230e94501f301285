// learner: optimal
// idiom: hand-rolled open-addressing id set (Vec<u64> slots + Vec<bool> used, linear probing, doubling) and a Run struct with a per-batch method
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

/// Linear-probing set of u64 ids; grows at half load.
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn bucket(id: u64, mask: usize) -> usize {
        (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17) as usize & mask
    }

    /// Inserts; returns true if the id was new.
    fn insert(&mut self, id: u64) -> bool {
        if (self.count + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::bucket(id, mask);
        loop {
            if !self.used[i] {
                self.used[i] = true;
                self.slots[i] = id;
                self.count += 1;
                return true;
            }
            if self.slots[i] == id {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let new_cap = if self.slots.is_empty() { 16 } else { self.slots.len() * 2 };
        let old_slots = std::mem::replace(&mut self.slots, vec![0; new_cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; new_cap]);
        self.count = 0;
        for (id, was_used) in old_slots.into_iter().zip(old_used) {
            if was_used {
                self.insert(id);
            }
        }
    }
}

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    staged_ids: IdSet,
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
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut fresh = 0usize;
        for rec in batch {
            if self.staged_ids.insert(rec.id) {
                self.records.push(rec.clone());
                fresh += 1;
            }
        }
        Ok(fresh)
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

struct Run {
    cursor: Option<u64>,
    report: RunReport,
}

impl Run {
    /// Handles one batch; Ok(false) when the source is caught up.
    fn step(
        &mut self,
        source: &mut dyn Source,
        validator: &dyn Validator,
        staging: &mut dyn Staging,
        checkpoint: &mut dyn CheckpointStore,
        batch_size: usize,
    ) -> Result<bool, ExtractError> {
        let batch = source.fetch_after(self.cursor, batch_size).map_err(ExtractError::Source)?;
        let last_id = match batch.last() {
            None => return Ok(false),
            Some(r) => r.id,
        };

        let mut prev = self.cursor;
        for r in &batch {
            match prev {
                Some(p) if r.id <= p => return Err(ExtractError::OutOfOrder { previous: prev, id: r.id }),
                _ => prev = Some(r.id),
            }
        }

        let mut keep = Vec::new();
        let mut refused = Vec::new();
        for r in &batch {
            if let Err(reason) = validator.validate(r) {
                refused.push((r.id, reason));
            } else {
                keep.push(r.clone());
            }
        }

        let newly = staging.stage(&keep).map_err(ExtractError::Staging)?;
        checkpoint.save(last_id).map_err(ExtractError::Checkpoint)?;

        self.cursor = Some(last_id);
        self.report.batches += 1;
        self.report.fetched += batch.len();
        self.report.staged += newly;
        self.report.rejected.append(&mut refused);
        Ok(true)
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
    let mut run = Run { cursor: checkpoint.load(), report: RunReport::default() };
    while run.step(source, validator, staging, checkpoint, batch_size)? {}
    Ok(run.report)
}
