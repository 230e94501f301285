// learner: slow
// why: Hub::disconnect is O(all topics x subscribers) time, target O(t): no reverse index, disconnect do-loops over every topic list; subscribe is O(s) (duplicate check by scanning the list)
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    alive: Vec<bool>,
    outbox: Vec<Vec<String>>,
    subs: HashMap<String, Vec<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.alive.push(true);
        self.outbox.push(Vec::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.alive.len() && self.alive[conn as usize]
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let list = self.subs.entry(topic.to_string()).or_insert_with(Vec::new);
        for k in 0..list.len() {
            if list[k] == conn {
                return false;
            }
        }
        list.push(conn);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let mut found = false;
        let mut empty = false;
        if let Some(list) = self.subs.get_mut(topic) {
            for k in 0..list.len() {
                if list[k] == conn {
                    list.swap_remove(k);
                    found = true;
                    break;
                }
            }
            empty = list.is_empty();
        }
        if empty {
            self.subs.remove(topic);
        }
        found
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = conn as usize;
        self.alive[c] = false;
        self.outbox[c].clear();
        for (_, list) in self.subs.iter_mut() {
            for k in 0..list.len() {
                if list[k] == conn {
                    list.swap_remove(k);
                    break;
                }
            }
        }
        self.subs.retain(|_, list| !list.is_empty());
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let list = match self.subs.get(topic) {
            Some(l) => l,
            None => return 0,
        };
        for k in 0..list.len() {
            self.outbox[list[k] as usize].push(msg.to_string());
        }
        list.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        std::mem::take(&mut self.outbox[conn as usize])
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v = match self.subs.get(topic) {
            Some(l) => l.clone(),
            None => Vec::new(),
        };
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.subs.len()
    }
}
