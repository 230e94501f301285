// learner: optimal
// idiom: colleague's straightforward version: separate maps for outboxes and topic lists, String copy per delivery, if/else everywhere
use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    outboxes: HashMap<ConnId, Vec<String>>,
    topics_of: HashMap<ConnId, HashSet<String>>,
    subs_of: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.outboxes.insert(id, Vec::new());
        self.topics_of.insert(id, HashSet::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.outboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if let Some(mine) = self.topics_of.get_mut(&conn) {
            if mine.contains(topic) {
                return false;
            }
            mine.insert(topic.to_string());
            if let Some(set) = self.subs_of.get_mut(topic) {
                set.insert(conn);
            } else {
                let mut set = HashSet::new();
                set.insert(conn);
                self.subs_of.insert(topic.to_string(), set);
            }
            return true;
        }
        false
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = if let Some(mine) = self.topics_of.get_mut(&conn) {
            mine.remove(topic)
        } else {
            false
        };
        if !removed {
            return false;
        }
        let mut empty = false;
        if let Some(set) = self.subs_of.get_mut(topic) {
            set.remove(&conn);
            empty = set.is_empty();
        }
        if empty {
            self.subs_of.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if self.outboxes.remove(&conn).is_none() {
            return false;
        }
        let mine = self.topics_of.remove(&conn).unwrap_or_default();
        for topic in &mine {
            let mut empty = false;
            if let Some(set) = self.subs_of.get_mut(topic) {
                set.remove(&conn);
                empty = set.is_empty();
            }
            if empty {
                self.subs_of.remove(topic);
            }
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut count = 0;
        if let Some(set) = self.subs_of.get(topic) {
            for id in set {
                if let Some(outbox) = self.outboxes.get_mut(id) {
                    outbox.push(msg.to_string());
                    count += 1;
                }
            }
        }
        count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if let Some(outbox) = self.outboxes.get_mut(&conn) {
            std::mem::take(outbox)
        } else {
            Vec::new()
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut result = Vec::new();
        if let Some(set) = self.subs_of.get(topic) {
            for id in set {
                result.push(*id);
            }
        }
        result.sort();
        result
    }

    pub fn topic_count(&self) -> usize {
        self.subs_of.len()
    }
}
