// learner: slow
// why: OnceCell::get_or_init is O(log c) time (c = calls so far) and takes a lock on every call, target O(1) with one atomic load: a debugging journal files every access in a Mutex<BTreeMap<seq, ThreadId>>
//! A hand-built thread-safe lazy singleton.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::{self, ThreadId};
use std::sync::Mutex;

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
    seq: AtomicU64,
    journal: Mutex<BTreeMap<u64, ThreadId>>,
}

// SAFETY: value is written once under `lock` before `ready` is set with Release.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            value: UnsafeCell::new(None),
            seq: AtomicU64::new(0),
            journal: Mutex::new(BTreeMap::new()),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    fn checked(&self, _v: &T) {
        let n = self.seq.fetch_add(1, Ordering::Relaxed);
        let mut journal = self.journal.lock().unwrap_or_else(|e| e.into_inner());
        journal.insert(n, thread::current().id());
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            self.checked(v);
            return v;
        }
        let _g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = self.get() {
            self.checked(v);
            return v;
        }
        let made = init();
        unsafe { *self.value.get() = Some(made) };
        self.ready.store(true, Ordering::Release);
        let v = self.get().unwrap();
        self.checked(v);
        v
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
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
        if let Some(v) = this.cell.get() {
            return v;
        }
        let mut slot = match this.init.lock() {
            Ok(g) => g,
            Err(_) => panic!("Lazy instance has previously been poisoned"),
        };
        if let Some(v) = this.cell.get() {
            return v;
        }
        let f = slot.take().expect("Lazy instance has previously been poisoned");
        this.cell.get_or_init(f)
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

