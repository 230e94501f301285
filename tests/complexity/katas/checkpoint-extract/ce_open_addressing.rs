// learner: optimal
// idiom: Fortran-style: hand-rolled open-addressing id table (key/used arrays), in-buffer compaction of valid rows, windows(2) order check
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

/// Open-addressing id set: slots in a power-of-two array, linear probing, doubled at half load.
#[derive(Debug, Default)]
struct IdSet {
    key: Vec<u64>,
    used: Vec<bool>,
    n: usize,
}

impl IdSet {
    fn slot(h: u64, mask: usize) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17) as usize & mask
    }

    fn grow(&mut self) {
        let cap = if self.key.is_empty() { 16 } else { self.key.len() * 2 };
        let old_key = std::mem::replace(&mut self.key, vec![0; cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; cap]);
        let mask = cap - 1;
        for s in 0..old_key.len() {
            if old_used[s] {
                let mut j = Self::slot(old_key[s], mask);
                while self.used[j] {
                    j = (j + 1) & mask;
                }
                self.used[j] = true;
                self.key[j] = old_key[s];
            }
        }
    }

    /// true when newly inserted
    fn insert(&mut self, id: u64) -> bool {
        if 2 * (self.n + 1) > self.key.len() {
            self.grow();
        }
        let mask = self.key.len() - 1;
        let mut j = Self::slot(id, mask);
        while self.used[j] {
            if self.key[j] == id {
                return false;
            }
            j = (j + 1) & mask;
        }
        self.used[j] = true;
        self.key[j] = id;
        self.n += 1;
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
        let mut k = 0;
        let mut i = 0;
        while i < batch.len() {
            if self.ids.insert(batch[i].id) {
                self.records.push(batch[i].clone());
                k += 1;
            }
            i += 1;
        }
        Ok(k)
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
    let mut out = RunReport::default();
    let mut at = checkpoint.load();
    loop {
        let mut b = match source.fetch_after(at, batch_size) {
            Ok(b) => b,
            Err(m) => return Err(Source(m)),
        };
        let nb = b.len();
        if nb == 0 {
            break;
        }
        // ascending check over adjacent pairs, cursor first
        if let (Some(c), Some(first)) = (at, b.first()) {
            if first.id <= c {
                return Err(OutOfOrder { previous: Some(c), id: first.id });
            }
        }
        for w in b.windows(2) {
            if w[1].id <= w[0].id {
                return Err(OutOfOrder { previous: Some(w[0].id), id: w[1].id });
            }
        }
        let last = b[nb - 1].id;
        // compact valid records to the front of the same buffer
        let mut keep = 0;
        let mut rej: Vec<(u64, String)> = Vec::new();
        for i in 0..nb {
            match validator.validate(&b[i]) {
                Ok(()) => {
                    b.swap(keep, i);
                    keep += 1;
                }
                Err(m) => rej.push((b[i].id, m)),
            }
        }
        let (valid, _) = b.split_at_mut(keep);
        let added = match staging.stage(valid) {
            Ok(k) => k,
            Err(m) => return Err(Staging(m)),
        };
        if let Err(m) = checkpoint.save(last) {
            return Err(Checkpoint(m));
        }
        at = Some(last);
        out.batches += 1;
        out.fetched += nb;
        out.staged += added;
        out.rejected.append(&mut rej);
    }
    Ok(out)
}
