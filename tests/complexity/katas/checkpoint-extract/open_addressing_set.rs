// learner: optimal
// idiom: hand-rolled open-addressing id set (`slots: Vec<u64>`, `used: Vec<bool>`, linear probing, doubling at half load): O(1) expected per id, amortised growth
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

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    len: usize,
}

impl IdSet {
    fn slot(id: u64, cap: usize) -> usize {
        // fmix64 so that consecutive ids spread out
        let mut h = id;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51afd7ed558ccd);
        h ^= h >> 33;
        (h as usize) & (cap - 1)
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(16);
        let old_slots = std::mem::replace(&mut self.slots, vec![0; cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; cap]);
        self.len = 0;
        for (id, used) in old_slots.into_iter().zip(old_used) {
            if used {
                self.insert(id);
            }
        }
    }

    /// Returns true if `id` was not in the set.
    fn insert(&mut self, id: u64) -> bool {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let cap = self.slots.len();
        let mut i = Self::slot(id, cap);
        loop {
            if !self.used[i] {
                self.used[i] = true;
                self.slots[i] = id;
                self.len += 1;
                return true;
            }
            if self.slots[i] == id {
                return false;
            }
            i = (i + 1) & (cap - 1);
        }
    }
}

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    seen: IdSet,
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
        let before = self.records.len();
        for record in batch {
            if self.seen.insert(record.id) {
                self.records.push(record.clone());
            }
        }
        Ok(self.records.len() - before)
    }
}

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
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();
    loop {
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            break;
        }
        let mut previous = cursor;
        for r in &batch {
            if previous.is_some_and(|p| r.id <= p) {
                return Err(ExtractError::OutOfOrder { previous, id: r.id });
            }
            previous = Some(r.id);
        }
        let mut valid = Vec::new();
        for r in &batch {
            if let Err(reason) = validator.validate(r) {
                report.rejected.push((r.id, reason));
            } else {
                valid.push(r.clone());
            }
        }
        report.staged += staging.stage(&valid).map_err(ExtractError::Staging)?;
        let last = batch[batch.len() - 1].id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        cursor = Some(last);
        report.batches += 1;
        report.fetched += batch.len();
    }
    Ok(report)
}
