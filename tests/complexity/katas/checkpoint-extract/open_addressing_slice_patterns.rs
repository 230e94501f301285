// learner: optimal
// idiom: hand-rolled open-addressing id set (Vec<u64> + Vec<bool>), slice pattern `[.., last]` in while-let, try_fold order check, partition for validation
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

/// Open-addressing set of u64 ids (linear probing, power-of-two capacity, load <= 1/2).
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    len: usize,
}

impl IdSet {
    fn hash(id: u64) -> u64 {
        // splitmix64 finaliser
        let mut z = id.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(16);
        let old_slots = std::mem::replace(&mut self.slots, vec![0; cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; cap]);
        self.len = 0;
        for (id, u) in old_slots.into_iter().zip(old_used) {
            if u {
                self.insert(id);
            }
        }
    }

    /// true if `id` was not present.
    fn insert(&mut self, id: u64) -> bool {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (Self::hash(id) as usize) & mask;
        while self.used[i] {
            if self.slots[i] == id {
                return false;
            }
            i = (i + 1) & mask;
        }
        self.used[i] = true;
        self.slots[i] = id;
        self.len += 1;
        true
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

pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    use ExtractError::*;
    if batch_size == 0 {
        return Err(ZeroBatchSize);
    }
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();
    while let batch @ [.., last] = &source.fetch_after(cursor, batch_size).map_err(Source)?[..] {
        batch.iter().try_fold(cursor, |prev, r| match prev {
            Some(p) if r.id <= p => Err(OutOfOrder { previous: prev, id: r.id }),
            _ => Ok(Some(r.id)),
        })?;
        let (ok, bad): (Vec<_>, Vec<_>) = batch
            .iter()
            .map(|r| (r, validator.validate(r)))
            .partition(|(_, v)| v.is_ok());
        report.rejected.extend(bad.into_iter().map(|(r, v)| (r.id, v.unwrap_err())));
        let good: Vec<Record> = ok.into_iter().map(|(r, _)| r.clone()).collect();
        report.staged += staging.stage(&good).map_err(Staging)?;
        checkpoint.save(last.id).map_err(Checkpoint)?;
        cursor = Some(last.id);
        report.batches += 1;
        report.fetched += batch.len();
    }
    Ok(report)
}
