// learner: optimal
// idiom: Mathematica / Wolfram Language user: the staged ids as an Association id -> row position (HashMap), staging as a Fold, extract as NestWhile written with try_fold over an endless iterator and ControlFlow
// why: every record costs one hash-map entry lookup plus O(1) work, so stage is O(b) and extract O(n); state between batches is the report and the cursor, one batch in memory: O(b)


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


use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::ops::ControlFlow;

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    position: HashMap<u64, usize>, // <| id -> index into records |>
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
        let added = batch.iter().fold(0usize, |added, r| match self.position.entry(r.id) {
            Entry::Occupied(_) => added,
            Entry::Vacant(slot) => {
                slot.insert(self.records.len());
                self.records.push(r.clone());
                added + 1
            }
        });
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

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch.
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

    let start = (RunReport::default(), checkpoint.load());

    type Step = ControlFlow<Result<RunReport, ExtractError>, (RunReport, Option<u64>)>;

    // one batch: (report, cursor) -> Continue(next state) | Break(final answer)
    let mut step = |(mut report, cursor): (RunReport, Option<u64>)| -> Step {
        let batch = match source.fetch_after(cursor, batch_size) {
            Ok(b) => b,
            Err(e) => return ControlFlow::Break(Err(ExtractError::Source(e))),
        };
        if batch.is_empty() {
            return ControlFlow::Break(Ok(report));
        }
        let mut previous = cursor;
        for r in &batch {
            if previous.is_some_and(|p| r.id <= p) {
                return ControlFlow::Break(Err(ExtractError::OutOfOrder { previous, id: r.id }));
            }
            previous = Some(r.id);
        }
        // Fold the verdicts into {valid records, rejections}
        let (good, rejected) = batch.iter().fold((Vec::new(), Vec::new()), |(mut good, mut bad), r| {
            match validator.validate(r) {
                Ok(()) => good.push(r.clone()),
                Err(why) => bad.push((r.id, why)),
            }
            (good, bad)
        });
        let staged = match staging.stage(&good) {
            Ok(n) => n,
            Err(e) => return ControlFlow::Break(Err(ExtractError::Staging(e))),
        };
        let last = batch[batch.len() - 1].id;
        if let Err(e) = checkpoint.save(last) {
            return ControlFlow::Break(Err(ExtractError::Checkpoint(e)));
        }
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += staged;
        report.rejected.extend(rejected);
        ControlFlow::Continue((report, Some(last)))
    };

    match std::iter::repeat(()).try_fold(start, |state, ()| step(state)) {
        ControlFlow::Break(answer) => answer,
        ControlFlow::Continue(_) => unreachable!("repeat(()) never ends"),
    }
}

