// learner: optimal
// idiom: MUMPS: the staged file keeps a "B" cross-reference of ids beside the rows (a HashSet, set-and-test in one like $D then SET); extract is one FOR loop per batch with QUIT-style early returns
// why: stage is one O(1) expected insert per record: O(b); extract touches each fetched record a constant number of times and holds one batch: O(n) time, O(b) space

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
    xb: std::collections::HashSet<u64>, // ^STG("B",ID)
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
        let mut cnt = 0;
        for r in batch {
            if self.xb.insert(r.id) {
                self.records.push(r.clone());
                cnt += 1;
            }
        }
        Ok(cnt)
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
    let mut rpt = RunReport::default();
    let mut cur = checkpoint.load();
    loop {
        let bat = source
            .fetch_after(cur, batch_size)
            .map_err(ExtractError::Source)?;
        if bat.is_empty() {
            return Ok(rpt); // Q - caught up
        }
        // ids must climb past the cursor, one by one
        let mut prv = cur;
        for r in &bat {
            if let Some(p) = prv {
                if r.id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prv, id: r.id });
                }
            }
            prv = Some(r.id);
        }
        let nf = bat.len();
        let lst = bat[nf - 1].id;
        let mut good: Vec<Record> = Vec::with_capacity(nf);
        for r in bat {
            match validator.validate(&r) {
                Ok(()) => good.push(r),
                Err(why) => rpt.rejected.push((r.id, why)),
            }
        }
        let ns = staging.stage(&good).map_err(ExtractError::Staging)?;
        checkpoint.save(lst).map_err(ExtractError::Checkpoint)?;
        rpt.batches += 1;
        rpt.fetched += nf;
        rpt.staged += ns;
        cur = Some(lst);
    }
}
