// learner: optimal
// idiom: Janet: my own little hash table in flat arrays (open addressing, linear probing, doubles at half full), the way Janet's own tables are built; extract split into small helper functions
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
/// Open-addressing set of u64 ids: `slots[i]` is meaningful only when `used[i]`.
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

fn mix(x: u64) -> u64 {
    // splitmix64 finaliser, so consecutive ids spread out
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl IdSet {
    fn grow(&mut self) {
        let new_cap = if self.slots.is_empty() { 16 } else { self.slots.len() * 2 };
        let old_slots = std::mem::replace(&mut self.slots, vec![0; new_cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; new_cap]);
        self.count = 0;
        for (x, u) in old_slots.into_iter().zip(old_used) {
            if u {
                self.insert(x);
            }
        }
    }

    /// true if `x` was not there before
    fn insert(&mut self, x: u64) -> bool {
        if (self.count + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (mix(x) as usize) & mask;
        loop {
            if !self.used[i] {
                self.used[i] = true;
                self.slots[i] = x;
                self.count += 1;
                return true;
            }
            if self.slots[i] == x {
                return false;
            }
            i = (i + 1) & mask;
        }
    }
}

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    ids: IdSet,
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
        let before = self.records.len();
        for r in batch {
            if self.ids.insert(r.id) {
                self.records.push(r.clone());
            }
        }
        Ok(self.records.len() - before)
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

// first id that does not climb, as (previous, id)
fn first_backwards(cursor: Option<u64>, batch: &[Record]) -> Option<(Option<u64>, u64)> {
    let mut prev = cursor;
    for r in batch {
        if matches!(prev, Some(p) if r.id <= p) {
            return Some((prev, r.id));
        }
        prev = Some(r.id);
    }
    None
}

fn sort_out(validator: &dyn Validator, batch: Vec<Record>, report: &mut RunReport) -> Vec<Record> {
    let mut keep = Vec::with_capacity(batch.len());
    for r in batch {
        match validator.validate(&r) {
            Ok(()) => keep.push(r),
            Err(reason) => report.rejected.push((r.id, reason)),
        }
    }
    keep
}

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch: check the ids ascend, validate, stage the valid ones, then checkpoint.
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
        let Some(last) = batch.last().map(|r| r.id) else {
            break;
        };
        if let Some((previous, id)) = first_backwards(cursor, &batch) {
            return Err(ExtractError::OutOfOrder { previous, id });
        }
        let n = batch.len();
        let keep = sort_out(validator, batch, &mut report);
        report.staged += staging.stage(&keep).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        cursor = Some(last);
        report.batches += 1;
        report.fetched += n;
    }
    Ok(report)
}
