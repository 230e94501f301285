// learner: optimal
// idiom: Vec<Option<Slot>> arena indexed by id, Rc<str> shared per publish, explicit while loops
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Slot {
    topics: HashSet<String>,
    outbox: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Slot>>,
    by_topic: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Slot::default()));
        id
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut Slot> {
        let idx = usize::try_from(conn).ok()?;
        self.slots.get_mut(idx)?.as_mut()
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        match usize::try_from(conn) {
            Ok(idx) => matches!(self.slots.get(idx), Some(Some(_))),
            Err(_) => false,
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let slot = match self.slot_mut(conn) {
            Some(s) => s,
            None => return false,
        };
        if !slot.topics.insert(topic.to_owned()) {
            return false;
        }
        self.by_topic.entry(topic.to_owned()).or_default().insert(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let slot = match self.slot_mut(conn) {
            Some(s) => s,
            None => return false,
        };
        if !slot.topics.remove(topic) {
            return false;
        }
        let mut now_empty = false;
        if let Some(set) = self.by_topic.get_mut(topic) {
            set.remove(&conn);
            now_empty = set.is_empty();
        }
        if now_empty {
            self.by_topic.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let idx = match usize::try_from(conn) {
            Ok(i) if i < self.slots.len() => i,
            _ => return false,
        };
        let slot = match self.slots[idx].take() {
            Some(s) => s,
            None => return false,
        };
        for topic in slot.topics.iter() {
            let mut now_empty = false;
            if let Some(set) = self.by_topic.get_mut(topic.as_str()) {
                set.remove(&conn);
                now_empty = set.is_empty();
            }
            if now_empty {
                self.by_topic.remove(topic.as_str());
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.by_topic.get(topic) {
            Some(s) => s,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        let mut delivered: usize = 0;
        for &id in set.iter() {
            if let Some(Some(slot)) = self.slots.get_mut(id as usize) {
                slot.outbox.push(Rc::clone(&shared));
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let slot = match self.slot_mut(conn) {
            Some(s) => s,
            None => return Vec::new(),
        };
        let pending = std::mem::take(&mut slot.outbox);
        let mut out: Vec<String> = Vec::with_capacity(pending.len());
        let mut i: usize = 0;
        while i < pending.len() {
            out.push(pending[i].to_string());
            i += 1;
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = match self.by_topic.get(topic) {
            Some(set) => set.iter().copied().collect(),
            None => Vec::new(),
        };
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.by_topic.len()
    }
}
