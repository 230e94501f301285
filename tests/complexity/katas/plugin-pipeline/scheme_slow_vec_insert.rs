// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): the name check walks every plugin and Vec::insert shifts the tail to keep order
use std::collections::BTreeMap;
use std::fmt;

pub type Record = BTreeMap<String, String>;

pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}

struct Entry {
    order: i32,
    plugin: Box<dyn Transform>,
}

#[derive(Default)]
pub struct Pipeline {
    entries: Vec<Entry>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Index of the plugin called `name`, searched from the front.
    fn index_named(&self, name: &str) -> Option<usize> {
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.plugin.name() == name {
                return Some(i);
            }
        }
        None
    }

    /// First index whose order is larger than `order`: equal orders stay in arrival order.
    fn slot_after(&self, order: i32) -> usize {
        self.entries.partition_point(|e| e.order <= order)
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.index_named(plugin.name()).is_some() {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let at = self.slot_after(order);
        self.entries.insert(at, Entry { order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.index_named(name) {
            Some(i) => {
                self.entries.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        run_from(&self.entries, 0, record)
    }
}

/// Apply the entries from `position` onwards, accumulating into the record.
fn run_from(entries: &[Entry], mut position: usize, mut record: Record) -> Result<Record, PipelineError> {
    while position < entries.len() {
        let plugin = &entries[position].plugin;
        plugin.apply(&mut record).map_err(|message| PipelineError {
            plugin: plugin.name().to_string(),
            position,
            message,
        })?;
        position += 1;
    }
    Ok(record)
}
