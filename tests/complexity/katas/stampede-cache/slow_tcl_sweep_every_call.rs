// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): a Tcl-style "cleanup proc" sweeps every entry with retain on each call
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

type Cell<V> = Arc<OnceLock<(V, u64)>>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, Cell<V>>>,
}

// helper proc: throw away everything that has expired (keep loads in progress)
fn sweep<K, V>(cells: &mut HashMap<K, Cell<V>>, now: u64) {
    cells.retain(|_, c| match c.get() {
        Some((_, exp)) => now < *exp,
        None => true,
    });
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        sweep(&mut cells, now);
        cells.get(key).and_then(|c| c.get()).map(|(v, _)| v.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = {
            let now = self.clock.now();
            let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
            sweep(&mut cells, now);
            let c = cells.entry(key.clone()).or_insert_with(|| Arc::new(OnceLock::new()));
            if let Some((v, _)) = c.get() {
                return v.clone();
            }
            Arc::clone(c)
        };
        let (v, _) = cell.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now().saturating_add(self.ttl))
        });
        v.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        if cells.get(key).map_or(false, |c| c.get().is_some()) {
            cells.remove(key);
        }
    }
}
