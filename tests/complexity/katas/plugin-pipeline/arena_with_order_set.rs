// learner: optimal
// idiom: arena Vec<Option<Box<..>>> with a free list, BTreeSet of (order, seq, slot) for execution order, HashMap name -> slot
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
    /// The failing plugin's name.
    pub plugin: String,
    /// Its 0-based position in execution order.
    pub position: usize,
    /// The plugin's own message.
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
    /// A plugin with this name is already registered.
    DuplicateName(String),
}

use std::collections::{BTreeSet, HashMap};

struct Entry {
    order: i32,
    seq: u64,
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    arena: Vec<Option<Entry>>,
    free: Vec<usize>,
    order: BTreeSet<(i32, u64, usize)>,
    index: HashMap<String, usize>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    fn entry(&self, slot: usize) -> &Entry {
        self.arena[slot].as_ref().expect("slot in the order set is occupied")
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.index.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().into()));
        }
        let seq = self.seq;
        self.seq += 1;
        let name = plugin.name().to_string();
        let entry = Entry { order, seq, plugin };
        let slot = match self.free.pop() {
            Some(s) => {
                self.arena[s] = Some(entry);
                s
            }
            None => {
                self.arena.push(Some(entry));
                self.arena.len() - 1
            }
        };
        self.order.insert((order, seq, slot));
        self.index.insert(name, slot);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(slot) = self.index.remove(name) else {
            return false;
        };
        let e = self.arena[slot].take().unwrap();
        self.order.remove(&(e.order, e.seq, slot));
        self.free.push(slot);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.order.iter().map(|&(_, _, s)| self.entry(s).plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, &(_, _, slot)) in self.order.iter().enumerate() {
            let p = &self.entry(slot).plugin;
            match p.apply(&mut record) {
                Ok(()) => {}
                Err(message) => {
                    return Err(PipelineError { plugin: p.name().to_owned(), position, message })
                }
            }
        }
        Ok(record)
    }
}
