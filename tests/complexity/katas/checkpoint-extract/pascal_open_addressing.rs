// learner: optimal
// idiom: Delphi-style: hand-rolled open-addressing hash set of ids (Vec<u64> slots + Vec<bool> used, linear probing, doubling), while loops, one procedure per batch step with &mut report
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

/// Open-addressing set of u64 keys (linear probing, grows at 50% load).
#[derive(Debug, Default)]
#[allow(non_snake_case)]
struct TIdSet {
    Keys: Vec<u64>,
    Used: Vec<bool>,
    Count: usize,
}

#[allow(non_snake_case)]
impl TIdSet {
    fn SlotOf(Key: u64, Capacity: usize) -> usize {
        let Mixed = Key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (Mixed >> 17) as usize & (Capacity - 1)
    }

    fn Grow(&mut self) {
        let NewCap = if self.Keys.is_empty() { 16 } else { self.Keys.len() * 2 };
        let OldKeys = std::mem::replace(&mut self.Keys, vec![0; NewCap]);
        let OldUsed = std::mem::replace(&mut self.Used, vec![false; NewCap]);
        self.Count = 0;
        let mut I: usize = 0;
        while I < OldKeys.len() {
            if OldUsed[I] {
                self.Insert(OldKeys[I]);
            }
            I = I + 1;
        }
    }

    /// True when Key was not in the set (and is now).
    fn Insert(&mut self, Key: u64) -> bool {
        if (self.Count + 1) * 2 > self.Keys.len() {
            self.Grow();
        }
        let Mask = self.Keys.len() - 1;
        let mut S = Self::SlotOf(Key, self.Keys.len());
        while self.Used[S] {
            if self.Keys[S] == Key {
                return false;
            }
            S = (S + 1) & Mask;
        }
        self.Used[S] = true;
        self.Keys[S] = Key;
        self.Count = self.Count + 1;
        true
    }
}

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
#[allow(non_snake_case)]
pub struct StagingTable {
    records: Vec<Record>,
    StagedIds: TIdSet,
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

#[allow(non_snake_case)]
impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut Added: usize = 0;
        let mut I: usize = 0;
        while I < batch.len() {
            if self.StagedIds.Insert(batch[I].id) {
                self.records.push(batch[I].clone());
                Added = Added + 1;
            }
            I = I + 1;
        }
        Ok(Added)
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

/// Checks that every id of Batch is above the one before it (Cursor for the first).
#[allow(non_snake_case)]
fn CheckOrder(Cursor: Option<u64>, Batch: &[Record]) -> Result<(), ExtractError> {
    let mut Previous = Cursor;
    let mut I: usize = 0;
    while I < Batch.len() {
        let Id = Batch[I].id;
        if let Some(P) = Previous {
            if Id <= P {
                return Err(ExtractError::OutOfOrder { previous: Previous, id: Id });
            }
        }
        Previous = Some(Id);
        I = I + 1;
    }
    Ok(())
}

/// Splits Batch into the records to stage; the rejected ones go into Report.
#[allow(non_snake_case)]
fn Screen(Validator: &dyn Validator, Batch: &[Record], Report: &mut RunReport) -> Vec<Record> {
    let mut Good: Vec<Record> = Vec::with_capacity(Batch.len());
    let mut I: usize = 0;
    while I < Batch.len() {
        match Validator.validate(&Batch[I]) {
            Ok(()) => Good.push(Batch[I].clone()),
            Err(Reason) => Report.rejected.push((Batch[I].id, Reason)),
        }
        I = I + 1;
    }
    Good
}

#[allow(non_snake_case)]
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
    let mut Report = RunReport::default();
    let mut Cursor: Option<u64> = checkpoint.load();
    let mut Finished = false;
    while !Finished {
        let Batch = match source.fetch_after(Cursor, batch_size) {
            Ok(B) => B,
            Err(Msg) => return Err(ExtractError::Source(Msg)),
        };
        if Batch.is_empty() {
            Finished = true;
        } else {
            CheckOrder(Cursor, &Batch)?;
            let Good = Screen(validator, &Batch, &mut Report);
            let NewlyStaged = match staging.stage(&Good) {
                Ok(K) => K,
                Err(Msg) => return Err(ExtractError::Staging(Msg)),
            };
            let LastId = Batch[Batch.len() - 1].id;
            if let Err(Msg) = checkpoint.save(LastId) {
                return Err(ExtractError::Checkpoint(Msg));
            }
            Report.batches = Report.batches + 1;
            Report.fetched = Report.fetched + Batch.len();
            Report.staged = Report.staged + NewlyStaged;
            Cursor = Some(LastId);
        }
    }
    Ok(Report)
}
