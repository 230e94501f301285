// learner: optimal
// idiom: topic names interned as Rc<str> shared by both indexes, entry API and match-heavy control flow, VecDeque outboxes
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Client {
    follows: HashSet<Rc<str>>,
    pending: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    clients: HashMap<ConnId, Client>,
    audience: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.clients.insert(id, Client::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.clients.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let client = match self.clients.get_mut(&conn) {
            Some(c) => c,
            None => return false,
        };
        if client.follows.contains(topic) {
            return false;
        }
        let name: Rc<str> = match self.audience.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        client.follows.insert(Rc::clone(&name));
        self.audience.entry(name).or_default().insert(conn)
    }

    fn leave(audience: &mut HashMap<Rc<str>, HashSet<ConnId>>, topic: Rc<str>, conn: ConnId) {
        match audience.entry(topic) {
            Entry::Occupied(mut e) => {
                e.get_mut().remove(&conn);
                if e.get().is_empty() {
                    e.remove();
                }
            }
            Entry::Vacant(_) => {}
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let name = match self.clients.get_mut(&conn).and_then(|c| c.follows.take(topic)) {
            Some(name) => name,
            None => return false,
        };
        Self::leave(&mut self.audience, name, conn);
        true
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.clients.remove(&conn) {
            None => false,
            Some(client) => {
                for name in client.follows {
                    Self::leave(&mut self.audience, name, conn);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        match self.audience.get(topic) {
            None => 0,
            Some(subs) => {
                let msg: Rc<str> = msg.into();
                for id in subs {
                    match self.clients.get_mut(id) {
                        Some(client) => client.pending.push_back(Rc::clone(&msg)),
                        None => {}
                    }
                }
                subs.len()
            }
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.clients.get_mut(&conn) {
            Some(client) => client.pending.drain(..).map(|m| String::from(&*m)).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out: Vec<ConnId> = match self.audience.get(topic) {
            Some(subs) => subs.iter().copied().collect(),
            None => Vec::new(),
        };
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
