// learner: optimal
// idiom: Scala/cats flavour: Option::filter/map/is_some chains for the boolean results, entry().or_default(), for_each over the topic set, iterator map/collect in drain
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Session {
    follows: HashSet<String>,
    pending: Vec<Rc<str>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
    audience: HashMap<String, HashSet<ConnId>>,
}

/// Removes `conn` from `topic`'s audience and forgets the topic once nobody follows it.
fn leave(audience: &mut HashMap<String, HashSet<ConnId>>, topic: &str, conn: ConnId) {
    let empty = audience
        .get_mut(topic)
        .map(|set| set.remove(&conn) && set.is_empty())
        .unwrap_or(false);
    if empty {
        audience.remove(topic);
    }
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
        let added = self
            .sessions
            .get_mut(&conn)
            .map_or(false, |s| s.follows.insert(topic.to_owned()));
        added.then(|| self.audience.entry(topic.to_owned()).or_default().insert(conn));
        added
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self
            .sessions
            .get_mut(&conn)
            .map_or(false, |s| s.follows.remove(topic));
        removed.then(|| leave(&mut self.audience, topic, conn));
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let audience = &mut self.audience;
        self.sessions
            .remove(&conn)
            .map(|s| s.follows.iter().for_each(|t| leave(audience, t, conn)))
            .is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let sessions = &mut self.sessions;
        self.audience.get(topic).map_or(0, |ids| {
            let shared: Rc<str> = msg.into();
            ids.iter().fold(0, |n, id| {
                sessions.get_mut(id).map_or(n, |s| {
                    s.pending.push(Rc::clone(&shared));
                    n + 1
                })
            })
        })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.sessions
            .get_mut(&conn)
            .map(|s| std::mem::take(&mut s.pending))
            .unwrap_or_default()
            .into_iter()
            .map(|m| String::from(&*m))
            .collect()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .audience
            .get(topic)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.audience.len()
    }
}
