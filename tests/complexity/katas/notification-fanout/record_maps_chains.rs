// learner: optimal
// idiom: ReScript-ish: connection records in a HashMap, Option combinators and method chains everywhere, BTreeSet-free sorted subscribers via collect+sort
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Default, Clone)]
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
        self.next_id += 1;
        self.sessions.insert(id, Session::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.sessions.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let name: Rc<str> = self
            .audience
            .get_key_value(topic)
            .map(|(k, _)| Rc::clone(k))
            .unwrap_or_else(|| Rc::from(topic));
        let added = self
            .sessions
            .get_mut(&conn)
            .map(|s| s.follows.insert(Rc::clone(&name)))
            .unwrap_or(false);
        if added {
            self.audience.entry(name).or_default().insert(conn);
        }
        added
    }

    fn forget(&mut self, conn: ConnId, topic: &str) {
        let left_empty = self
            .audience
            .get_mut(topic)
            .map(|subs| subs.remove(&conn) && subs.is_empty())
            .unwrap_or(false);
        if left_empty {
            self.audience.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .sessions
            .get_mut(&conn)
            .map_or(false, |s| s.follows.remove(topic));
        if removed {
            self.forget(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.sessions
            .remove(&conn)
            .map(|s| s.follows.iter().for_each(|t| self.forget(conn, t)))
            .is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(subs) = self.audience.get(topic) else {
            return 0;
        };
        let body: Rc<str> = msg.into();
        let sessions = &mut self.sessions;
        subs.iter()
            .filter(|id| {
                sessions
                    .get_mut(id)
                    .map(|s| s.pending.push(Rc::clone(&body)))
                    .is_some()
            })
            .count()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions
            .get_mut(&conn)
            .map(|s| std::mem::take(&mut s.pending))
            .unwrap_or_default()
            .iter()
            .map(|m| m.to_string())
            .collect()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self
            .audience
            .get(topic)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
