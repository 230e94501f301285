// learner: optimal
// idiom: ROS-style C++: dense Vec<Option<Slot>> indexed by ConnId, per-topic member Vec with a position map for O(1) swap_remove, index loops
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Slot {
    topics: HashSet<String>,
    queue: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
struct TopicEntry {
    members: Vec<ConnId>,
    where_in: HashMap<ConnId, usize>,
}

impl TopicEntry {
    fn add(&mut self, id: ConnId) {
        self.where_in.insert(id, self.members.len());
        self.members.push(id);
    }

    fn drop_member(&mut self, id: ConnId) {
        if let Some(p) = self.where_in.remove(&id) {
            self.members.swap_remove(p);
            if p < self.members.len() {
                let moved = self.members[p];
                self.where_in.insert(moved, p);
            }
        }
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Slot>>,
    topics: HashMap<String, TopicEntry>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut Slot> {
        let i = conn as usize;
        if i < self.slots.len() {
            self.slots[i].as_mut()
        } else {
            None
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Slot::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        let i = conn as usize;
        i < self.slots.len() && self.slots[i].is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.slot_mut(conn) {
            None => return false,
            Some(s) => {
                if !s.topics.insert(topic.to_string()) {
                    return false;
                }
            }
        }
        if !self.topics.contains_key(topic) {
            self.topics.insert(topic.to_string(), TopicEntry::default());
        }
        self.topics.get_mut(topic).unwrap().add(conn);
        true
    }

    fn remove_member(&mut self, topic: &str, conn: ConnId) {
        let mut gone = false;
        if let Some(e) = self.topics.get_mut(topic) {
            e.drop_member(conn);
            gone = e.members.is_empty();
        }
        if gone {
            self.topics.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = match self.slot_mut(conn) {
            Some(s) => s.topics.remove(topic),
            None => false,
        };
        if had {
            self.remove_member(topic, conn);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let i = conn as usize;
        if i >= self.slots.len() {
            return false;
        }
        let slot = match self.slots[i].take() {
            Some(s) => s,
            None => return false,
        };
        for t in &slot.topics {
            self.remove_member(t, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let entry = match self.topics.get(topic) {
            Some(e) => e,
            None => return 0,
        };
        let body: Rc<str> = Rc::from(msg);
        let n = entry.members.len();
        for k in 0..n {
            let i = entry.members[k] as usize;
            if let Some(s) = self.slots[i].as_mut() {
                s.queue.push(body.clone());
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(s) = self.slot_mut(conn) {
            for m in s.queue.drain(..) {
                out.push(m.to_string());
            }
        }
        out
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = Vec::new();
        if let Some(e) = self.topics.get(topic) {
            v.extend_from_slice(&e.members);
        }
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
