// learner: slow
// why: OnceCell::get_or_init is O(r) time, target O(1): Perl-style per-thread hit counter kept as a list of (tid, hits) pairs, walked with a manual index on every read
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ok: AtomicBool,
    mu: Mutex<()>,
    hits: Mutex<Vec<(ThreadId, u64)>>,
    v: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ok: AtomicBool::new(false), mu: Mutex::new(()), hits: Mutex::new(Vec::new()), v: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.ok.load(Ordering::Acquire) { return None; }
        unsafe { (*self.v.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        {
            let tid = thread::current().id();
            let mut h = self.hits.lock().unwrap_or_else(PoisonError::into_inner);
            let mut i = 0;
            while i < h.len() && h[i].0 != tid { i += 1; }
            if i == h.len() { h.push((tid, 0)); }
            h[i].1 += 1;
        }
        if let Some(x) = self.get() { return x; }
        let _g = self.mu.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(x) = self.get() { return x; }
        let x = init();
        unsafe { *self.v.get() = Some(x); }
        self.ok.store(true, Ordering::Release);
        self.get().unwrap()
    }

    pub fn into_inner(self) -> Option<T> {
        self.v.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            let Some(f) = taken else {
                panic!("Lazy instance has previously been poisoned");
            };
            f()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
