// learner: optimal
// idiom: arena of plugins (Vec<Option<Box>> + free list) indexed from a BTreeMap execution order, BTreeMap name index, try_for_each in run
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

type OrderKey = (i32, u64);

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    arena: Vec<Option<Box<dyn Transform>>>,
    vacant: Vec<usize>,
    schedule: BTreeMap<OrderKey, usize>,
    names_index: BTreeMap<String, OrderKey>,
    registrations: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.schedule.len()
    }

    pub fn is_empty(&self) -> bool {
        self.schedule.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.names_index.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = (order, self.registrations);
        self.registrations += 1;
        self.names_index.insert(plugin.name().to_string(), key);
        let idx = match self.vacant.pop() {
            Some(idx) => {
                self.arena[idx] = Some(plugin);
                idx
            }
            None => {
                self.arena.push(Some(plugin));
                self.arena.len() - 1
            }
        };
        self.schedule.insert(key, idx);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(key) = self.names_index.remove(name) else {
            return false;
        };
        if let Some(idx) = self.schedule.remove(&key) {
            self.arena[idx] = None;
            self.vacant.push(idx);
        }
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins().map(|p| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        self.plugins().enumerate().try_for_each(|(position, p)| {
            p.apply(&mut record).map_err(|message| PipelineError {
                plugin: p.name().to_string(),
                position,
                message,
            })
        })?;
        Ok(record)
    }

    fn plugins(&self) -> impl Iterator<Item = &Box<dyn Transform>> + '_ {
        self.schedule.values().filter_map(move |&i| self.arena[i].as_ref())
    }
}
