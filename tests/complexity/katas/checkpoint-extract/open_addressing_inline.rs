// learner: optimal
// idiom: systems: open-addressing id set inlined in StagingTable (Vec<u64> keys + Vec<bool> used, power-of-two mask, Fibonacci hash, linear probe, grow at 1/2 load); index loops in extract
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
pub struct StagingTable {
    records: Vec<Record>,
    keys: Vec<u64>,
    used: Vec<bool>,
    filled: usize,
}

impl StagingTable {
    #[inline]
    fn slot_of(id: u64, mask: usize) -> usize {
        (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
    }

    /// Inserts `id`; returns false if it was already present.
    fn insert_id(&mut self, id: u64) -> bool {
        if (self.filled + 1) * 2 > self.keys.len() {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut i = Self::slot_of(id, mask);
        loop {
            if !self.used[i] {
                self.used[i] = true;
                self.keys[i] = id;
                self.filled += 1;
                return true;
            }
            if self.keys[i] == id {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let new_cap = if self.keys.is_empty() { 16 } else { self.keys.len() << 1 };
        let old_keys = std::mem::replace(&mut self.keys, vec![0u64; new_cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; new_cap]);
        let mask = new_cap - 1;
        let mut j = 0usize;
        while j < old_keys.len() {
            if old_used[j] {
                let mut i = Self::slot_of(old_keys[j], mask);
                while self.used[i] {
                    i = (i + 1) & mask;
                }
                self.used[i] = true;
                self.keys[i] = old_keys[j];
            }
            j += 1;
        }
    }
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
        let mut i = 0usize;
        while i < batch.len() {
            if self.insert_id(batch[i].id) {
                self.records.push(batch[i].clone());
            }
            i += 1;
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

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch. For each batch: check the ids ascend past the cursor, validate, stage
/// the valid records, and only then save the id of the batch's last record as the new checkpoint.
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
    let mut cursor: Option<u64> = checkpoint.load();
    let mut keep: Vec<Record> = Vec::with_capacity(batch_size);
    loop {
        let batch = match source.fetch_after(cursor, batch_size) {
            Ok(b) => b,
            Err(e) => return Err(ExtractError::Source(e)),
        };
        let n = batch.len();
        if n == 0 {
            break;
        }
        let mut i = 0usize;
        while i < n {
            let prev = if i == 0 { cursor } else { Some(batch[i - 1].id) };
            match prev {
                Some(p) if batch[i].id <= p => {
                    return Err(ExtractError::OutOfOrder { previous: prev, id: batch[i].id });
                }
                _ => {}
            }
            i += 1;
        }
        keep.clear();
        for rec in batch.iter() {
            if let Err(why) = validator.validate(rec) {
                report.rejected.push((rec.id, why));
                continue;
            }
            keep.push(rec.clone());
        }
        let fresh = match staging.stage(&keep) {
            Ok(k) => k,
            Err(e) => return Err(ExtractError::Staging(e)),
        };
        let last = batch[n - 1].id;
        if let Err(e) = checkpoint.save(last) {
            return Err(ExtractError::Checkpoint(e));
        }
        report.batches += 1;
        report.fetched += n;
        report.staged += fresh;
        cursor = Some(last);
    }
    Ok(report)
}
