// learner: optimal
// idiom: perf programmer; one BTreeMap<(i32, u64), Slot> holding the plugin, plus a BTreeMap<String, (i32, u64)> as the name index (O(log p) both ways), manual iterator loop with a position counter
//! An ordered plugin pipeline for client-specific transforms: see README.md.
use std::collections::BTreeMap;
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    /// A name unique within a pipeline; error messages use it.
    fn name(&self) -> &str;
    /// Transforms the record in place, or explains why it cannot.
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    pub plugin: String,
    pub position: usize,
    pub message: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin #{} `{}` failed: {}", self.position, self.plugin, self.message)
    }
}

impl std::error::Error for PipelineError {}

/// Why a plugin could not be registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}


struct Slot {
    plugin: Box<dyn Transform>,
}

#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<(i32, u64), Slot>,
    names: BTreeMap<String, (i32, u64)>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let seq = self.next_seq;
        match self.names.entry(plugin.name().to_owned()) {
            std::collections::btree_map::Entry::Occupied(e) => {
                Err(RegisterError::DuplicateName(e.key().clone()))
            }
            std::collections::btree_map::Entry::Vacant(v) => {
                v.insert((order, seq));
                self.next_seq = seq + 1;
                self.chain.insert((order, seq), Slot { plugin });
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if let Some(k) = self.names.remove(name) {
            self.chain.remove(&k);
            true
        } else {
            false
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.chain.len());
        for slot in self.chain.values() {
            out.push(slot.plugin.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos = 0usize;
        let mut it = self.chain.values();
        while let Some(slot) = it.next() {
            match slot.plugin.apply(&mut rec) {
                Ok(()) => pos += 1,
                Err(message) => {
                    return Err(PipelineError { plugin: slot.plugin.name().to_owned(), position: pos, message })
                }
            }
        }
        Ok(rec)
    }
}
