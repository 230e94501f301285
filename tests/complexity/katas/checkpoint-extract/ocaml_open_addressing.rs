// learner: optimal
// idiom: OCaml style: hand-rolled open-addressing id set (Vec<u64> + Vec<bool>, linear probing), match-heavy extract with a step variant
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

/// Open-addressing hash set of ids, linear probing, grown at 1/2 load.
#[derive(Debug, Default)]
struct IdSet {
    keys: Vec<u64>,
    used: Vec<bool>,
    count: usize,
}

impl IdSet {
    fn mix(id: u64) -> u64 {
        let mut z = id.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn slot_of(keys: &[u64], used: &[bool], id: u64) -> (usize, bool) {
        let mask = keys.len() - 1;
        let mut i = (Self::mix(id) as usize) & mask;
        loop {
            match (used[i], keys[i] == id) {
                (false, _) => return (i, false),
                (true, true) => return (i, true),
                (true, false) => i = (i + 1) & mask,
            }
        }
    }

    fn grow(&mut self) {
        let cap = match self.keys.len() {
            0 => 16,
            c => c * 2,
        };
        let old_keys = std::mem::replace(&mut self.keys, vec![0; cap]);
        let old_used = std::mem::replace(&mut self.used, vec![false; cap]);
        for (k, u) in old_keys.into_iter().zip(old_used) {
            if u {
                let (i, _) = Self::slot_of(&self.keys, &self.used, k);
                self.keys[i] = k;
                self.used[i] = true;
            }
        }
    }

    /// true when the id was not there yet.
    fn insert(&mut self, id: u64) -> bool {
        if (self.count + 1) * 2 > self.keys.len() {
            self.grow();
        }
        match Self::slot_of(&self.keys, &self.used, id) {
            (_, true) => false,
            (i, false) => {
                self.keys[i] = id;
                self.used[i] = true;
                self.count += 1;
                true
            }
        }
    }
}

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    seen: IdSet,
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
        let mut added = 0;
        for r in batch {
            match self.seen.insert(r.id) {
                true => {
                    self.records.push(r.clone());
                    added += 1;
                }
                false => (),
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

enum Step {
    Done,
    Batch(Vec<Record>, u64),
}

fn next_step(source: &mut dyn Source, cursor: Option<u64>, limit: usize) -> Result<Step, ExtractError> {
    match source.fetch_after(cursor, limit) {
        Err(msg) => Err(ExtractError::Source(msg)),
        Ok(batch) => match batch.last() {
            None => Ok(Step::Done),
            Some(r) => {
                let last = r.id;
                Ok(Step::Batch(batch, last))
            }
        },
    }
}

fn check_ascending(cursor: Option<u64>, batch: &[Record]) -> Result<(), ExtractError> {
    batch
        .iter()
        .try_fold(cursor, |prev, r| match prev {
            Some(p) if r.id <= p => Err(ExtractError::OutOfOrder { previous: prev, id: r.id }),
            _ => Ok(Some(r.id)),
        })
        .map(|_| ())
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
        match next_step(source, cursor, batch_size)? {
            Step::Done => return Ok(report),
            Step::Batch(batch, last) => {
                check_ascending(cursor, &batch)?;
                let mut good = Vec::with_capacity(batch.len());
                for r in &batch {
                    match validator.validate(r) {
                        Ok(()) => good.push(r.clone()),
                        Err(why) => report.rejected.push((r.id, why)),
                    }
                }
                let fresh = match staging.stage(&good) {
                    Ok(k) => k,
                    Err(e) => return Err(ExtractError::Staging(e)),
                };
                match checkpoint.save(last) {
                    Ok(()) => (),
                    Err(e) => return Err(ExtractError::Checkpoint(e)),
                }
                report.staged += fresh;
                report.fetched += batch.len();
                report.batches += 1;
                cursor = Some(last);
            }
        }
    }
}
