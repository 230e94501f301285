// learner: optimal
// idiom: elixir: an ETS-like slab (HashMap seq => {order, plugin}) plus a BTreeSet of {order, seq} tuples for the run order; Rc<str> names
// why: register/remove touch the BTreeSet (O(log p)) and two hash maps (O(1) expected); run walks the ordered set once with an O(1) slab lookup per plugin: O(p)
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
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

struct Slot {
    order: i32,
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    run_order: BTreeSet<(i32, u64)>,
    slab: HashMap<u64, Slot>,
    seq_of: HashMap<Rc<str>, u64>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.slab.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slab.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name: Rc<str> = Rc::from(plugin.name());
        if self.seq_of.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name.to_string()));
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.seq_of.insert(name, seq);
        self.run_order.insert((order, seq));
        self.slab.insert(seq, Slot { order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(seq) = self.seq_of.remove(name) else {
            return false;
        };
        if let Some(Slot { order, .. }) = self.slab.remove(&seq) {
            self.run_order.remove(&(order, seq));
        }
        true
    }

    fn in_order(&self) -> impl Iterator<Item = &dyn Transform> + '_ {
        self.run_order
            .iter()
            .filter_map(move |(_, seq)| self.slab.get(seq))
            .map(|slot| slot.plugin.as_ref())
    }

    pub fn names(&self) -> Vec<&str> {
        self.in_order().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        let mut position = 0usize;
        for plugin in self.in_order() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().into(), position, message });
            }
            position += 1;
        }
        Ok(record)
    }
}
