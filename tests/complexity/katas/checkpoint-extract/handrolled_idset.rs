// learner: optimal
// idiom: hand-rolled open-addressing hash set of u64 (linear probing, doubling), while-let batch loop, retain to drop rejects
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


/// Open-addressing set of u64 ids; `used` marks occupied slots so that any id (even 0) can be stored.
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn hash(id: u64, mask: usize) -> usize {
        (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17) as usize & mask
    }

    fn grow(&mut self) {
        let new_cap = if self.slots.is_empty() { 16 } else { self.slots.len() * 2 };
        let old_slots = std::mem::replace(&mut self.slots, vec![0; new_cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; new_cap]);
        self.count = 0;
        for (id, u) in old_slots.into_iter().zip(old_used) {
            if u {
                self.insert(id);
            }
        }
    }

    /// true when the id was not present before.
    fn insert(&mut self, id: u64) -> bool {
        if (self.count + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::hash(id, mask);
        while self.used[i] {
            if self.slots[i] == id {
                return false;
            }
            i = (i + 1) & mask;
        }
        self.used[i] = true;
        self.slots[i] = id;
        self.count += 1;
        true
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
        let mut n = 0usize;
        let mut k = 0usize;
        while k < batch.len() {
            if self.ids.insert(batch[k].id) {
                self.records.push(batch[k].clone());
                n += 1;
            }
            k += 1;
        }
        Ok(n)
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
    let mut rep = RunReport::default();
    let mut cur = checkpoint.load();
    while let mut batch = source.fetch_after(cur, batch_size).map_err(ExtractError::Source)? {
        if batch.is_empty() {
            break;
        }
        let mut prev = cur;
        for r in batch.iter() {
            if prev.map_or(false, |p| r.id <= p) {
                return Err(ExtractError::OutOfOrder { previous: prev, id: r.id });
            }
            prev = Some(r.id);
        }
        let fetched = batch.len();
        let last_id = batch[fetched - 1].id;
        batch.retain(|r| match validator.validate(r) {
            Ok(()) => true,
            Err(why) => {
                rep.rejected.push((r.id, why));
                false
            }
        });
        rep.staged += staging.stage(&batch).map_err(ExtractError::Staging)?;
        checkpoint.save(last_id).map_err(ExtractError::Checkpoint)?;
        cur = Some(last_id);
        rep.batches += 1;
        rep.fetched += fetched;
    }
    Ok(rep)
}
