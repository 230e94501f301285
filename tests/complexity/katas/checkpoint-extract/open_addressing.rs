// learner: optimal
// idiom: hand-rolled open-addressing id set (Vec<u64> slots + Vec<bool> used, linear probing), prepare() helper returning a Batch struct, while-let driver
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

/// open-addressing set of u64 ids (linear probing), grows at 1/2 load
#[derive(Debug, Default)]
struct IdSet {
    slots: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn slot_for(&self, id: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20) as usize & mask;
        while self.used[i] && self.slots[i] != id {
            i = (i + 1) & mask;
        }
        i
    }

    fn grow(&mut self) {
        let new_cap = if self.slots.is_empty() { 16 } else { self.slots.len() * 2 };
        let old_slots = std::mem::replace(&mut self.slots, vec![0; new_cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; new_cap]);
        for (id, u) in old_slots.into_iter().zip(old_used) {
            if u {
                let i = self.slot_for(id);
                self.slots[i] = id;
                self.used[i] = true;
            }
        }
    }

    /// true when the id was not there before
    fn add(&mut self, id: u64) -> bool {
        if (self.count + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let i = self.slot_for(id);
        if self.used[i] {
            return false;
        }
        self.slots[i] = id;
        self.used[i] = true;
        self.count += 1;
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
        let mut added = 0;
        for r in batch {
            if self.seen.add(r.id) {
                self.records.push(r.clone());
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

struct Batch {
    last: u64,
    fetched: usize,
    valid: Vec<Record>,
    rejected: Vec<(u64, String)>,
}

fn prepare(cursor: Option<u64>, rows: Vec<Record>, validator: &dyn Validator) -> Result<Option<Batch>, ExtractError> {
    let last = match rows.last() {
        None => return Ok(None),
        Some(r) => r.id,
    };
    let mut prev = cursor;
    for r in &rows {
        if matches!(prev, Some(p) if r.id <= p) {
            return Err(ExtractError::OutOfOrder { previous: prev, id: r.id });
        }
        prev = Some(r.id);
    }
    let fetched = rows.len();
    let mut valid = Vec::new();
    let mut rejected = Vec::new();
    for r in rows {
        if let Err(why) = validator.validate(&r) {
            rejected.push((r.id, why));
        } else {
            valid.push(r);
        }
    }
    Ok(Some(Batch { last, fetched, valid, rejected }))
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
    while let Some(batch) = prepare(
        cursor,
        source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?,
        validator,
    )? {
        let n = staging.stage(&batch.valid).map_err(ExtractError::Staging)?;
        checkpoint.save(batch.last).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += batch.fetched;
        report.staged += n;
        report.rejected.extend(batch.rejected);
        cursor = Some(batch.last);
    }
    Ok(report)
}
