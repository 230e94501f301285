// learner: slow
// why: OnceCell::get is O(r) time, target O(1): a generic ReaderLog records each reading thread in a Vec and searches it on every read
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// Something that is told about every read (for statistics: how many threads use the singleton).
trait ReadObserver {
    fn observe(&self);
    fn readers(&self) -> usize;
}

struct ReaderLog {
    seen: Mutex<Vec<ThreadId>>,
}

impl ReaderLog {
    const fn new() -> Self {
        ReaderLog { seen: Mutex::new(Vec::new()) }
    }
}

impl ReadObserver for ReaderLog {
    fn observe(&self) {
        let me = thread::current().id();
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if !seen.contains(&me) {
            seen.push(me);
        }
    }
    fn readers(&self) -> usize {
        self.seen.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

fn observed<O: ReadObserver, R>(observer: &O, read: impl FnOnce() -> R) -> R {
    observer.observe();
    read()
}

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
    log: ReaderLog,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None), log: ReaderLog::new() }
    }

    pub fn get(&self) -> Option<&T> {
        observed(&self.log, || {
            if self.ready.load(Ordering::Acquire) {
                unsafe { (*self.value.get()).as_ref() }
            } else {
                None
            }
        })
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        let _ = self.log.readers();
        unsafe { (*self.value.get()).as_ref().unwrap() }
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
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            f.expect("Lazy instance has previously been poisoned")()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
