// learner: optimal
// idiom: bioinformatics style: hand-rolled open-addressing id set (Vec<u64> keys + Vec<bool> used, linear probing), index loops, explicit match on every Result
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


/// Open-addressing id set (linear probing), slots in plain Vecs.
#[derive(Debug, Default)]
struct IdSet {
    keys: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn slot(key: u64, mask: usize) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17) as usize & mask
    }

    fn grow(&mut self) {
        let cap = if self.keys.is_empty() { 16 } else { self.keys.len() * 2 };
        let old_keys = std::mem::replace(&mut self.keys, vec![0; cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; cap]);
        let mask = cap - 1;
        for i in 0..old_keys.len() {
            if old_used[i] {
                let mut s = Self::slot(old_keys[i], mask);
                while self.used[s] {
                    s = (s + 1) & mask;
                }
                self.used[s] = true;
                self.keys[s] = old_keys[i];
            }
        }
    }

    /// true if the key was new
    fn insert(&mut self, key: u64) -> bool {
        if (self.count + 1) * 2 > self.keys.len() {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut s = Self::slot(key, mask);
        while self.used[s] {
            if self.keys[s] == key {
                return false;
            }
            s = (s + 1) & mask;
        }
        self.used[s] = true;
        self.keys[s] = key;
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
        let before = self.records.len();
        for i in 0..batch.len() {
            if self.seen.insert(batch[i].id) {
                self.records.push(batch[i].clone());
            }
        }
        Ok(self.records.len() - before)
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
    loop {
        let batch = match source.fetch_after(cur, batch_size) {
            Ok(b) => b,
            Err(e) => return Err(ExtractError::Source(e)),
        };
        let nb = batch.len();
        if nb == 0 {
            break;
        }
        let mut prev = cur;
        for i in 0..nb {
            let id = batch[i].id;
            if let Some(p) = prev {
                if id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prev, id });
                }
            }
            prev = Some(id);
        }
        let last = batch[nb - 1].id;
        let mut good: Vec<Record> = Vec::with_capacity(nb);
        let mut bad: Vec<(u64, String)> = Vec::new();
        for rec in batch {
            match validator.validate(&rec) {
                Ok(()) => good.push(rec),
                Err(why) => bad.push((rec.id, why)),
            }
        }
        let n_new = match staging.stage(&good) {
            Ok(k) => k,
            Err(e) => return Err(ExtractError::Staging(e)),
        };
        if let Err(e) = checkpoint.save(last) {
            return Err(ExtractError::Checkpoint(e));
        }
        cur = Some(last);
        rep.batches += 1;
        rep.fetched += nb;
        rep.staged += n_new;
        rep.rejected.append(&mut bad);
    }
    Ok(rep)
}
