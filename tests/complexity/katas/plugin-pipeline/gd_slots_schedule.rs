// learner: optimal
// idiom: GDScript-style: a dictionary of name -> slot, a BTreeMap "schedule" of slot ids, plugins kept in an array with free slots reused, for loops with early returns
use std::collections::HashMap;
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

#[derive(Default)]
pub struct Pipeline {
    slots: Vec<Option<Box<dyn Transform>>>,
    free_slots: Vec<usize>,
    schedule: BTreeMap<(i32, usize), usize>,
    by_name: HashMap<String, (i32, usize)>,
    next_ticket: usize,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline {
            slots: Vec::new(),
            free_slots: Vec::new(),
            schedule: BTreeMap::new(),
            by_name: HashMap::new(),
            next_ticket: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.schedule.len()
    }

    pub fn is_empty(&self) -> bool {
        self.schedule.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let slot;
        if let Some(s) = self.free_slots.pop() {
            slot = s;
            self.slots[s] = Some(plugin);
        } else {
            slot = self.slots.len();
            self.slots.push(Some(plugin));
        }
        let ticket = (order, self.next_ticket);
        self.next_ticket += 1;
        self.schedule.insert(ticket, slot);
        self.by_name.insert(name, ticket);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let ticket = match self.by_name.remove(name) {
            Some(t) => t,
            None => return false,
        };
        let slot = match self.schedule.remove(&ticket) {
            Some(s) => s,
            None => return false,
        };
        self.slots[slot] = None;
        self.free_slots.push(slot);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut list = Vec::new();
        for slot in self.schedule.values() {
            if let Some(p) = &self.slots[*slot] {
                list.push(p.name());
            }
        }
        list
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut position = 0;
        for slot in self.schedule.values() {
            let plugin = match &self.slots[*slot] {
                Some(p) => p,
                None => continue,
            };
            if let Err(message) = plugin.apply(&mut rec) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
            position += 1;
        }
        Ok(rec)
    }
}
