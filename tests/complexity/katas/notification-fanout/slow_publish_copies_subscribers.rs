// learner: slow
// why: Hub::publish is O(s) space, target O(1): copies the subscriber set into a Vec first (to dodge the borrow checker) before delivering
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;
use std::collections::HashSet;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    subs: HashMap<String, HashSet<ConnId>>,
    my_topics: HashMap<ConnId, HashSet<String>>,
    inbox: HashMap<ConnId, Vec<String>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id = self.next_id + 1;
        self.my_topics.insert(id, HashSet::new());
        self.inbox.insert(id, Vec::new());
        return id;
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        return self.my_topics.contains_key(&conn);
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.my_topics.contains_key(&conn) {
            return false;
        }
        let topics = self.my_topics.get_mut(&conn).unwrap();
        if topics.contains(topic) {
            return false;
        }
        topics.insert(topic.to_string());
        if !self.subs.contains_key(topic) {
            self.subs.insert(topic.to_string(), HashSet::new());
        }
        self.subs.get_mut(topic).unwrap().insert(conn);
        return true;
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.my_topics.contains_key(&conn) {
            return false;
        }
        let had_it = self.my_topics.get_mut(&conn).unwrap().remove(topic);
        if !had_it {
            return false;
        }
        let mut now_empty = false;
        if let Some(people) = self.subs.get_mut(topic) {
            people.remove(&conn);
            now_empty = people.len() == 0;
        }
        if now_empty {
            self.subs.remove(topic);
        }
        return true;
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let topics = match self.my_topics.remove(&conn) {
            Some(t) => t,
            None => return false,
        };
        self.inbox.remove(&conn);
        for topic in topics {
            let mut now_empty = false;
            if let Some(people) = self.subs.get_mut(&topic) {
                people.remove(&conn);
                now_empty = people.len() == 0;
            }
            if now_empty {
                self.subs.remove(&topic);
            }
        }
        return true;
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        if !self.subs.contains_key(topic) {
            return 0;
        }
        let mut count = 0;
        let people: Vec<ConnId> = self.subs.get(topic).unwrap().iter().cloned().collect();
        for conn in people.iter() {
            if let Some(box_) = self.inbox.get_mut(conn) {
                box_.push(msg.to_string());
                count += 1;
            }
        }
        return count;
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        let mut result = Vec::new();
        if let Some(msgs) = self.inbox.get_mut(&conn) {
            let mut i = 0;
            while i < msgs.len() {
                result.push(msgs[i].clone());
                i += 1;
            }
            msgs.clear();
        }
        return result;
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut result: Vec<ConnId> = Vec::new();
        if let Some(people) = self.subs.get(topic) {
            for p in people {
                result.push(*p);
            }
        }
        result.sort();
        return result;
    }

    pub fn topic_count(&self) -> usize {
        return self.subs.len();
    }
}
