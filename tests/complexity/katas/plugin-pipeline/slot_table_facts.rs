// learner: optimal
// idiom: Prolog logic programmer: plugins live in a slot table (plugin(Slot, P) facts with a free list), with two index relations: at(Order, Seq, Slot) as a BTreeMap and named(Name, Slot) as a HashMap; run is an explicit indexed loop
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

use std::collections::HashMap;

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    /// plugin(Slot, Plugin, Key)
    slots: Vec<Option<(Box<dyn Transform>, (i32, u64))>>,
    free: Vec<usize>,
    /// at((Order, Seq), Slot)
    at: BTreeMap<(i32, u64), usize>,
    /// named(Name, Slot)
    named: HashMap<String, usize>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.named.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = (order, self.seq);
        self.seq += 1;
        let name = plugin.name().to_string();
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot] = Some((plugin, key));
                slot
            }
            None => {
                self.slots.push(Some((plugin, key)));
                self.slots.len() - 1
            }
        };
        self.at.insert(key, slot);
        self.named.insert(name, slot);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(slot) = self.named.remove(name) else {
            return false;
        };
        let (_, key) = self.slots[slot].take().expect("named/2 points at a live slot");
        self.at.remove(&key);
        self.free.push(slot);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut names = Vec::with_capacity(self.at.len());
        for &slot in self.at.values() {
            if let Some((plugin, _)) = &self.slots[slot] {
                names.push(plugin.name());
            }
        }
        names
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        let mut position = 0;
        for &slot in self.at.values() {
            let (plugin, _) = self.slots[slot].as_ref().expect("at/2 points at a live slot");
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
            position += 1;
        }
        Ok(record)
    }
}
