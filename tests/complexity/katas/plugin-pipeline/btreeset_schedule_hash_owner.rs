// learner: optimal
// idiom: HashMap name -> (plugin, key) owns the plugins, BTreeSet<(order, seq, name)> keeps the order; run looks each one up; match with early return
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

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap};

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    by_name: HashMap<String, (Box<dyn Transform>, i32, u64)>,
    schedule: BTreeSet<(i32, u64, String)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        match self.by_name.entry(name.clone()) {
            Entry::Occupied(_) => Err(RegisterError::DuplicateName(name)),
            Entry::Vacant(slot) => {
                let seq = self.counter;
                self.counter += 1;
                slot.insert((plugin, order, seq));
                self.schedule.insert((order, seq, name));
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.by_name.remove(name) {
            Some((_, order, seq)) => self.schedule.remove(&(order, seq, name.to_owned())),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.schedule.iter().map(|(_, _, n)| n.as_str()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, (_, _, name)) in self.schedule.iter().enumerate() {
            let plugin = match self.by_name.get(name) {
                Some((p, _, _)) => p,
                None => continue,
            };
            match plugin.apply(&mut record) {
                Ok(()) => {}
                Err(message) => {
                    return Err(PipelineError { plugin: name.clone(), position, message });
                }
            }
        }
        Ok(record)
    }
}
