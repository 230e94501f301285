// learner: optimal
// idiom: Ruby-flavoured, topic names interned as Rc<str> shared by both indexes, entry API + match on Entry, outbox Vec
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default)]
struct Session {
    follows: HashSet<Rc<str>>,
    pending: Vec<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
    audience: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.sessions.insert(id, Session::default());
        self.next_id = id + 1;
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.sessions.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let session = match self.sessions.get_mut(&conn) {
            Some(s) => s,
            None => return false,
        };
        if session.follows.contains(topic) {
            return false;
        }
        let key: Rc<str> = match self.audience.get_key_value(topic) {
            Some((k, _)) => Rc::clone(k),
            None => Rc::from(topic),
        };
        session.follows.insert(Rc::clone(&key));
        self.audience.entry(key).or_default().insert(conn)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.sessions.get_mut(&conn).is_some_and(|s| s.follows.remove(topic));
        if removed {
            Self::leave(&mut self.audience, topic, conn);
        }
        removed
    }

    fn leave(audience: &mut HashMap<Rc<str>, HashSet<ConnId>>, topic: &str, conn: ConnId) {
        if let Some((key, _)) = audience.get_key_value(topic) {
            let key = Rc::clone(key);
            if let Entry::Occupied(mut e) = audience.entry(key) {
                e.get_mut().remove(&conn);
                if e.get().is_empty() {
                    e.remove();
                }
            }
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.sessions.remove(&conn) {
            None => false,
            Some(session) => {
                for topic in &session.follows {
                    Self::leave(&mut self.audience, topic, conn);
                }
                true
            }
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(listeners) = self.audience.get(topic) else {
            return 0;
        };
        let body: Rc<str> = msg.into();
        for id in listeners {
            if let Some(s) = self.sessions.get_mut(id) {
                s.pending.push(body.clone());
            }
        }
        listeners.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions
            .get_mut(&conn)
            .map(|s| std::mem::take(&mut s.pending))
            .unwrap_or_default()
            .iter()
            .map(|m| m.as_ref().to_owned())
            .collect()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out: Vec<_> = self.audience.get(topic).map(|s| s.iter().copied().collect()).unwrap_or_default();
        out.sort();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
