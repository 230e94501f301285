// learner: optimal
// idiom: Go-style slice indexed by connection id (ids are dense), Option slots for disconnected, topic map of Vec+position map
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::HashMap;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    subs: HashMap<String, ()>,
    queue: Vec<String>,
}

/// Subscribers of one topic: dense list + index of each member, so removal is swap_remove.
#[derive(Debug, Default)]
struct Members {
    list: Vec<ConnId>,
    pos: HashMap<ConnId, usize>,
}

impl Members {
    fn add(&mut self, id: ConnId) -> bool {
        if self.pos.contains_key(&id) {
            return false;
        }
        self.pos.insert(id, self.list.len());
        self.list.push(id);
        true
    }

    fn drop_member(&mut self, id: ConnId) -> bool {
        let i = match self.pos.remove(&id) {
            Some(i) => i,
            None => return false,
        };
        self.list.swap_remove(i);
        if i < self.list.len() {
            let moved = self.list[i];
            self.pos.insert(moved, i);
        }
        true
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<Option<Conn>>,
    topics: HashMap<String, Members>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Some(Conn::default()));
        id
    }

    fn slot(&mut self, conn: ConnId) -> Option<&mut Conn> {
        if conn >= self.conns.len() as u64 {
            return None;
        }
        self.conns[conn as usize].as_mut()
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.conns.len() && self.conns[conn as usize].is_some()
    }

    fn leave(&mut self, conn: ConnId, topic: &str) {
        let mut gone = false;
        if let Some(m) = self.topics.get_mut(topic) {
            m.drop_member(conn);
            gone = m.list.is_empty();
        }
        if gone {
            self.topics.remove(topic);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.slot(conn) {
            Some(c) => c,
            None => return false,
        };
        if c.subs.contains_key(topic) {
            return false;
        }
        c.subs.insert(topic.to_owned(), ());
        if !self.topics.contains_key(topic) {
            self.topics.insert(topic.to_owned(), Members::default());
        }
        self.topics.get_mut(topic).unwrap().add(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let c = match self.slot(conn) {
            Some(c) => c,
            None => return false,
        };
        if c.subs.remove(topic).is_none() {
            return false;
        }
        self.leave(conn, topic);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = self.conns[conn as usize].take().unwrap();
        for (topic, _) in c.subs.iter() {
            self.leave(conn, topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let members = match self.topics.get(topic) {
            Some(m) => m,
            None => return 0,
        };
        let mut i = 0;
        while i < members.list.len() {
            let id = members.list[i] as usize;
            if let Some(c) = self.conns[id].as_mut() {
                c.queue.push(String::from(msg));
            }
            i += 1;
        }
        members.list.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot(conn) {
            Some(c) => c.queue.drain(..).collect(),
            None => vec![],
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = match self.topics.get(topic) {
            Some(m) => m.list.clone(),
            None => Vec::new(),
        };
        out.sort_unstable();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
