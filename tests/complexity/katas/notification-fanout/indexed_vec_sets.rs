// learner: optimal
// idiom: hand-rolled indexed sets: topic -> (Vec of members + member->position map) with swap_remove, iterator-chain publish
use std::collections::{HashMap, HashSet};

pub type ConnId = u64;

/// A set with O(1) insert/remove that also iterates as a dense Vec.
#[derive(Debug, Default)]
struct Members {
    list: Vec<ConnId>,
    pos: HashMap<ConnId, usize>,
}

impl Members {
    fn insert(&mut self, id: ConnId) -> bool {
        if self.pos.contains_key(&id) {
            return false;
        }
        self.pos.insert(id, self.list.len());
        self.list.push(id);
        true
    }

    fn remove(&mut self, id: ConnId) -> bool {
        let Some(at) = self.pos.remove(&id) else { return false };
        self.list.swap_remove(at);
        if let Some(&moved) = self.list.get(at) {
            self.pos.insert(moved, at);
        }
        true
    }
}

#[derive(Debug, Default)]
struct Connection {
    topics: HashSet<String>,
    inbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, Connection>,
    rooms: HashMap<String, Members>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, Connection::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(c) = self.conns.get_mut(&conn) else { return false };
        let room = self.rooms.entry(topic.to_owned()).or_default();
        if !room.insert(conn) {
            return false;
        }
        c.topics.insert(topic.to_owned());
        true
    }

    fn leave_room(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(room) = self.rooms.get_mut(topic) else { return false };
        let left = room.remove(conn);
        if room.list.is_empty() {
            self.rooms.remove(topic);
        }
        left
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.conns.contains_key(&conn) || !self.leave_room(conn, topic) {
            return false;
        }
        if let Some(c) = self.conns.get_mut(&conn) {
            c.topics.remove(topic);
        }
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.remove(&conn) {
            None => false,
            Some(c) => {
                c.topics.iter().for_each(|t| {
                    self.leave_room(conn, t);
                });
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(room) = self.rooms.get(topic) else { return 0 };
        let conns = &mut self.conns;
        room.list.iter().fold(0, |sent, id| match conns.get_mut(id) {
            Some(c) => {
                c.inbox.push(msg.to_owned());
                sent + 1
            }
            None => sent,
        })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns.get_mut(&conn).map(|c| std::mem::take(&mut c.inbox)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = self.rooms.get(topic).map(|r| r.list.clone()).unwrap_or_default();
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.rooms.len()
    }
}
