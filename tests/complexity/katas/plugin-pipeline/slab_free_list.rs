// learner: optimal
// idiom: slab of Option<Box<dyn Transform>> with a free list, BTreeMap<(order, seq), slot> for order, HashMap name -> (key, slot); try_for_each in run
use std::collections::{BTreeMap, HashMap};
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

#[derive(Default)]
pub struct Pipeline {
    slots: Vec<Option<Box<dyn Transform>>>,
    free: Vec<usize>,
    order: BTreeMap<OrderKey, usize>,
    names: HashMap<String, (OrderKey, usize)>,
    counter: u64,
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

    fn store(&mut self, plugin: Box<dyn Transform>) -> usize {
        if let Some(slot) = self.free.pop() {
            self.slots[slot] = Some(plugin);
            slot
        } else {
            self.slots.push(Some(plugin));
            self.slots.len() - 1
        }
    }

    fn plugin(&self, slot: usize) -> &dyn Transform {
        self.slots[slot].as_deref().expect("live slot")
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.names.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_owned()));
        }
        let name = plugin.name().to_owned();
        let key = (order, self.counter);
        self.counter += 1;
        let slot = self.store(plugin);
        self.order.insert(key, slot);
        self.names.insert(name, (key, slot));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some((key, slot)) = self.names.remove(name) else {
            return false;
        };
        self.order.remove(&key);
        self.slots[slot] = None;
        self.free.push(slot);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.order.values().map(|&s| self.plugin(s).name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        self.order.values().enumerate().try_for_each(|(position, &slot)| {
            let p = self.plugin(slot);
            p.apply(&mut rec).map_err(|message| PipelineError {
                plugin: p.name().to_owned(),
                position,
                message,
            })
        })?;
        Ok(rec)
    }
}
