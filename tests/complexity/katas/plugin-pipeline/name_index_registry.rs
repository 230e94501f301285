// learner: optimal
// idiom: order index holds only names (BTreeMap<(i32, u64), String>), plugins live in a HashMap by name; run looks each one up, ? operator
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

use std::collections::HashMap;

struct Entry {
    slot: (i32, u64),
    plugin: Box<dyn Transform>,
}

#[derive(Default)]
pub struct Pipeline {
    ticket: u64,
    order: BTreeMap<(i32, u64), String>,
    registry: HashMap<String, Entry>,
}

fn fail(plugin: &dyn Transform, position: usize) -> impl FnOnce(String) -> PipelineError + '_ {
    move |message| PipelineError { plugin: plugin.name().to_owned(), position, message }
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.registry.len()
    }

    pub fn is_empty(&self) -> bool {
        self.registry.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        match self.registry.get(&name) {
            Some(_) => Err(RegisterError::DuplicateName(name)),
            None => {
                let slot = (order, self.ticket);
                self.ticket += 1;
                self.order.insert(slot, name.clone());
                self.registry.insert(name, Entry { slot, plugin });
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.registry.remove(name) {
            Some(Entry { slot, .. }) => self.order.remove(&slot).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.order.values().map(String::as_str).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, name) in self.order.values().enumerate() {
            let plugin = self.registry[name].plugin.as_ref();
            plugin.apply(&mut record).map_err(fail(plugin, position))?;
        }
        Ok(record)
    }
}
