// learner: optimal
// idiom: Bash scripter: connections live in an indexed array (slot = id, None after disconnect), topics in an associative array of HashSets; plain for/if, message cloned into each outbox
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug)]
struct Slot {
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Slot>>,
    topic_subs: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.slots.push(Some(Slot { topics: Vec::new(), outbox: Vec::new() }));
        self.next_id += 1;
        id
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut Slot> {
        if conn >= self.slots.len() as u64 {
            return None;
        }
        self.slots[conn as usize].as_mut()
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        conn < self.slots.len() as u64 && self.slots[conn as usize].is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let set = self.topic_subs.entry(topic.to_string()).or_default();
        if !set.insert(conn) {
            return false;
        }
        self.slot_mut(conn).unwrap().topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let mut now_empty = false;
        match self.topic_subs.get_mut(topic) {
            None => return false,
            Some(set) => {
                if !set.remove(&conn) {
                    return false;
                }
                if set.is_empty() {
                    now_empty = true;
                }
            }
        }
        if now_empty {
            self.topic_subs.remove(topic);
        }
        if let Some(slot) = self.slot_mut(conn) {
            // a connection has only a few topics
            if let Some(i) = slot.topics.iter().position(|t| t == topic) {
                slot.topics.swap_remove(i);
            }
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let slot = self.slots[conn as usize].take().unwrap();
        for topic in &slot.topics {
            let mut now_empty = false;
            if let Some(set) = self.topic_subs.get_mut(topic) {
                set.remove(&conn);
                now_empty = set.is_empty();
            }
            if now_empty {
                self.topic_subs.remove(topic);
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let set = match self.topic_subs.get(topic) {
            Some(set) => set,
            None => return 0,
        };
        let mut sent = 0;
        for &id in set {
            if let Some(Some(slot)) = self.slots.get_mut(id as usize) {
                slot.outbox.push(msg.to_string());
                sent += 1;
            }
        }
        sent
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot_mut(conn) {
            Some(slot) => std::mem::take(&mut slot.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = Vec::new();
        if let Some(set) = self.topic_subs.get(topic) {
            for &id in set {
                out.push(id);
            }
        }
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.topic_subs.len()
    }
}
