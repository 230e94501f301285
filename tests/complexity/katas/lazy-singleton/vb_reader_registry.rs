// learner: slow
// why: OnceCell::get_or_init is O(readers) time, target O(1): every call searches a Vec of registered reader thread ids
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::ThreadId;

pub struct OnceCell<T> {
    is_initialised: AtomicBool,
    initialisation_lock: Mutex<()>,
    registered_reader_threads: Mutex<Vec<ThreadId>>,
    stored_value: UnsafeCell<Option<T>>,
}

// SAFETY: stored_value is written only under initialisation_lock before
// is_initialised is set with Release; afterwards it is only read.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            is_initialised: AtomicBool::new(false),
            initialisation_lock: Mutex::new(()),
            registered_reader_threads: Mutex::new(Vec::new()),
            stored_value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.is_initialised.load(Ordering::Acquire) {
            let value_reference = unsafe { &*self.stored_value.get() };
            return value_reference.as_ref();
        }
        None
    }

    fn register_current_reader(&self) {
        let current_thread_id = std::thread::current().id();
        let mut reader_list = match self.registered_reader_threads.lock() {
            Ok(guard) => guard,
            Err(poisoned_error) => poisoned_error.into_inner(),
        };
        let mut already_registered = false;
        let mut reader_index: usize = 0;
        while reader_index < reader_list.len() {
            if reader_list[reader_index] == current_thread_id {
                already_registered = true;
                break;
            }
            reader_index += 1;
        }
        if !already_registered {
            reader_list.push(current_thread_id);
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.register_current_reader();
        if let Some(existing_value) = self.get() {
            return existing_value;
        }
        let lock_guard = match self.initialisation_lock.lock() {
            Ok(guard) => guard,
            Err(poisoned_error) => poisoned_error.into_inner(),
        };
        if !self.is_initialised.load(Ordering::Acquire) {
            let new_value = init();
            unsafe {
                *self.stored_value.get() = Some(new_value);
            }
            self.is_initialised.store(true, Ordering::Release);
        }
        drop(lock_guard);
        match self.get() {
            Some(final_value) => final_value,
            None => unreachable!(),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        self.stored_value.into_inner()
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
            let taken_function = match this.init.lock() {
                Ok(mut guard) => guard.take(),
                Err(poisoned_error) => poisoned_error.into_inner().take(),
            };
            match taken_function {
                Some(initialiser_function) => initialiser_function(),
                None => panic!("Lazy value is poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
