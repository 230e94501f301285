// learner: optimal
// idiom: slab `Vec<Option<Box<dyn Transform>>>` with a free list, ordered by a BTreeMap of keys -> slot; a name index makes register/remove O(log p)
use std::collections::{BTreeMap, HashMap};
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

#[derive(Default)]
pub struct Pipeline {
    slots: Vec<Option<Box<dyn Transform>>>,
    free: Vec<usize>,
    order: BTreeMap<(i32, u64), usize>,
    by_name: HashMap<String, (i32, u64)>,
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

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.slots[s] = Some(plugin);
                s
            }
            None => {
                self.slots.push(Some(plugin));
                self.slots.len() - 1
            }
        };
        let key = (order, self.counter);
        self.counter += 1;
        self.order.insert(key, slot);
        self.by_name.insert(name, key);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(key) = self.by_name.remove(name) else { return false };
        let slot = self.order.remove(&key).expect("indexed plugin has a slot");
        self.slots[slot] = None;
        self.free.push(slot);
        true
    }

    fn plugin(&self, slot: usize) -> &dyn Transform {
        self.slots[slot].as_deref().expect("live slot")
    }

    pub fn names(&self) -> Vec<&str> {
        self.order.values().map(|&s| self.plugin(s).name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, &slot) in self.order.values().enumerate() {
            let p = self.plugin(slot);
            if let Err(message) = p.apply(&mut record) {
                return Err(PipelineError { plugin: p.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
