// learner: slow
// idiom: Groovy/Gradle build engineer: plugins appended to a plain list as they are applied; run() does plugins.sort { a, b -> a.order <=> b.order ?: a.seq <=> b.seq } before executing
// why: Pipeline::run sorts the plugin list for every record, O(p log p) time and O(p) space per run vs the O(p) / O(1) target; register (name scan) and remove (position) are O(p) vs O(log p)
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

struct Entry {
    order: i32,
    seq: u64,
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    plugins: Vec<Entry>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name();
        if self.plugins.iter().any(|e| e.plugin.name() == name) {
            return Err(RegisterError::DuplicateName(name.to_string()));
        }
        self.seq += 1;
        self.plugins.push(Entry { order, seq: self.seq, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.plugins.len();
        self.plugins.retain(|e| e.plugin.name() != name);
        self.plugins.len() != before
    }

    fn sorted(&self) -> Vec<&Entry> {
        let mut list: Vec<&Entry> = self.plugins.iter().collect();
        list.sort_by(|a, b| a.order.cmp(&b.order).then(a.seq.cmp(&b.seq)));
        list
    }

    pub fn names(&self) -> Vec<&str> {
        self.sorted().into_iter().map(|e| e.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        for (position, entry) in self.sorted().iter().enumerate() {
            entry.plugin.apply(&mut current).map_err(|message| PipelineError {
                plugin: entry.plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(current)
    }
}
