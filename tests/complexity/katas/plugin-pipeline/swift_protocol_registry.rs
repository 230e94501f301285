// learner: optimal
// idiom: Swift protocol-as-trait PluginRegistry, two BTreeMaps (slots by (order, seq), keys by name), explicit iterator loop with a position counter
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

trait PluginRegistry {
    fn slot_for(&self, name: &str) -> Option<(i32, u64)>;
    fn claim(&mut self, name: String, slot: (i32, u64));
    fn release(&mut self, name: &str) -> Option<(i32, u64)>;
}

#[derive(Default)]
struct NameIndex {
    slots: BTreeMap<String, (i32, u64)>,
}

impl PluginRegistry for NameIndex {
    fn slot_for(&self, name: &str) -> Option<(i32, u64)> {
        self.slots.get(name).copied()
    }

    fn claim(&mut self, name: String, slot: (i32, u64)) {
        self.slots.insert(name, slot);
    }

    fn release(&mut self, name: &str) -> Option<(i32, u64)> {
        self.slots.remove(name)
    }
}

#[derive(Default)]
pub struct Pipeline {
    stages: BTreeMap<(i32, u64), Box<dyn Transform>>,
    index: NameIndex,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.stages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stages.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.index.slot_for(plugin.name()).is_some() {
            return Err(RegisterError::DuplicateName(String::from(plugin.name())));
        }
        let slot = (order, self.counter);
        self.counter = self.counter.wrapping_add(1);
        self.index.claim(String::from(plugin.name()), slot);
        self.stages.insert(slot, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        guard_slot(self.index.release(name))
            .map(|slot| self.stages.remove(&slot))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.stages.len());
        for stage in self.stages.values() {
            out.push(stage.name());
        }
        out
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        let mut position = 0usize;
        let mut stages = self.stages.values();
        while let Some(stage) = stages.next() {
            if let Err(message) = stage.apply(&mut record) {
                return Err(PipelineError { plugin: stage.name().to_string(), position, message });
            }
            position += 1;
        }
        Ok(record)
    }
}

fn guard_slot(slot: Option<(i32, u64)>) -> Option<(i32, u64)> {
    let s = slot?;
    Some(s)
}
