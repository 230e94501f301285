// learner: slow
// why: OnceCell::get_or_init is O(readers) time, target O(1): every call scans a Vec<ThreadId> of threads that already synchronised
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
/// Every thread "checks in" once through the lock so it is guaranteed to see
/// the value; afterwards it is remembered in `synced` and skips straight to the value.
pub struct OnceCell<T> {
    isReady: AtomicBool,
    synced: Mutex<Vec<ThreadId>>,
    storage: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

#[allow(non_snake_case)]
impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        Self { isReady: AtomicBool::new(false), synced: Mutex::new(Vec::new()), storage: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        guardReady(self.isReady.load(Ordering::Acquire))?;
        unsafe { (*self.storage.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let me = thread::current().id();
        let mut synced = self.synced.lock().unwrap_or_else(|e| e.into_inner());
        let alreadyKnown = synced.contains(&me);
        if alreadyKnown || self.isReady.load(Ordering::Acquire) {
            if !alreadyKnown {
                synced.push(me);
            }
            drop(synced);
            return unsafe { (*self.storage.get()).as_ref().unwrap() };
        }
        let fresh = init();
        unsafe { *self.storage.get() = Some(fresh) };
        self.isReady.store(true, Ordering::Release);
        synced.push(me);
        drop(synced);
        unsafe { (*self.storage.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.storage.into_inner()
    }
}

#[allow(non_snake_case)]
fn guardReady(ready: bool) -> Option<()> {
    if ready { Some(()) } else { None }
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
            let factory = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            guard_let(factory)()
        })
    }
}

fn guard_let<F>(f: Option<F>) -> F {
    f.unwrap_or_else(|| panic!("Lazy poisoned: initializer panicked earlier"))
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
