// learner: optimal
// idiom: quant-style: hand-rolled open-addressing u64 set (linear probing, power-of-two table, load <= 1/2) beside the records, index loops, single pass per batch
//! Incremental extraction with a crash-safe checkpoint.

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
/// Open-addressing set of ids: `keys[i]` is valid when `used[i]`.
#[derive(Debug, Default)]
struct IdSet {
    keys: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    #[inline(always)]
    fn slot(id: u64, mask: usize) -> usize {
        (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17) as usize & mask
    }

    fn grow(&mut self) {
        let cap = if self.keys.is_empty() { 16 } else { self.keys.len() * 2 };
        let old_k = std::mem::replace(&mut self.keys, vec![0; cap]);
        let old_u = std::mem::replace(&mut self.used, vec![false; cap]);
        let mask = cap - 1;
        for i in 0..old_k.len() {
            if old_u[i] {
                let mut s = Self::slot(old_k[i], mask);
                while self.used[s] {
                    s = (s + 1) & mask;
                }
                self.keys[s] = old_k[i];
                self.used[s] = true;
            }
        }
    }

    /// true if newly inserted
    fn insert(&mut self, id: u64) -> bool {
        if 2 * (self.count + 1) > self.keys.len() {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut s = Self::slot(id, mask);
        while self.used[s] {
            if self.keys[s] == id {
                return false;
            }
            s = (s + 1) & mask;
        }
        self.keys[s] = id;
        self.used[s] = true;
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
        let mut added = 0usize;
        for i in 0..batch.len() {
            if self.ids.insert(batch[i].id) {
                self.records.push(batch[i].clone());
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
    let mut good: Vec<Record> = Vec::with_capacity(batch_size.min(1 << 16));
    loop {
        let batch = source.fetch_after(cur, batch_size).map_err(ExtractError::Source)?;
        let m = batch.len();
        if m == 0 {
            return Ok(rep);
        }
        let mut prev = cur;
        for i in 0..m {
            let id = batch[i].id;
            if let Some(p) = prev {
                if id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prev, id });
                }
            }
            prev = Some(id);
        }
        good.clear();
        let mut rej: Vec<(u64, String)> = Vec::new();
        for r in batch.iter() {
            match validator.validate(r) {
                Ok(()) => good.push(r.clone()),
                Err(why) => rej.push((r.id, why)),
            }
        }
        let added = staging.stage(&good).map_err(ExtractError::Staging)?;
        let last = batch[m - 1].id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        cur = Some(last);
        rep.batches += 1;
        rep.fetched += m;
        rep.staged += added;
        rep.rejected.append(&mut rej);
    }
}
