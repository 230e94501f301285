// learner: optimal
// idiom: slab Vec<Option<Box<dyn Transform>>> with a free list, BTreeMap<(order, seq), slot> for order, HashMap name -> (key, slot); helper methods in impl
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
use std::collections::HashMap;
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

struct Entry {
    key: (i32, u64),
    slot: usize,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    slab: Vec<Option<Box<dyn Transform>>>,
    free: Vec<usize>,
    order: BTreeMap<(i32, u64), usize>,
    names: HashMap<String, Entry>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    fn alloc(&mut self, plugin: Box<dyn Transform>) -> usize {
        if let Some(slot) = self.free.pop() {
            self.slab[slot] = Some(plugin);
            slot
        } else {
            self.slab.push(Some(plugin));
            self.slab.len() - 1
        }
    }

    fn plugin(&self, slot: usize) -> &dyn Transform {
        self.slab[slot].as_deref().expect("live slot")
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.names.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_owned()));
        }
        let name = plugin.name().to_owned();
        let key = (order, self.next_seq);
        self.next_seq += 1;
        let slot = self.alloc(plugin);
        self.order.insert(key, slot);
        self.names.insert(name, Entry { key, slot });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(Entry { key, slot }) = self.names.remove(name) else {
            return false;
        };
        self.order.remove(&key);
        self.slab[slot] = None;
        self.free.push(slot);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.order.values().map(|&slot| self.plugin(slot).name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, &slot) in self.order.values().enumerate() {
            let p = self.plugin(slot);
            match p.apply(&mut record) {
                Ok(()) => {}
                Err(message) => return Err(PipelineError { plugin: p.name().into(), position, message }),
            }
        }
        Ok(record)
    }
}
